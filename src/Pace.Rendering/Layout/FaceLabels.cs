using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// The words of the FACe pages (the FACe, the FACe × PACe matrix, the FACe columns of the people page), per
/// language: a typed view of the <c>Face…</c> templates of the message catalogue, held by <see cref="Labels"/>
/// (<see cref="Labels.Face"/>) so the language is chosen once for both.
/// </summary>
internal sealed record FaceLabels
{
    public required string FaceTitle { get; init; }
    public required string FaceIntro { get; init; }
    public required string OpenSeat { get; init; }
    public required string OpenSeatNote { get; init; }
    public required string NoOwner { get; init; }
    public required string LeadingIndicators { get; init; }
    public required string NoIndicators { get; init; }
    public required string Outcomes { get; init; }
    public required string MatrixTitle { get; init; }
    public required string MatrixIntro { get; init; }
    public required string TakesPart { get; init; }
    public required string OwnerSeat { get; init; }

    /// <summary>The note in a matrix row nothing marks: its steps are plain names, or name nobody the FACe knows.</summary>
    public required string EmptyRow { get; init; }
    public required string Seat { get; init; }
    public required string StepsTitle { get; init; }
    public required string MoreFunctions { get; init; }

    private static readonly CatalogView<FaceLabels> Views = new(From);

    /// <summary>English labels.</summary>
    public static FaceLabels English => Views.For(ChartLanguage.English);

    /// <summary>Dutch labels.</summary>
    public static FaceLabels Dutch => Views.For(ChartLanguage.Dutch);

    /// <summary>The labels of a language.</summary>
    public static FaceLabels For(ChartLanguage language) => Views.For(language);

    /// <summary>The view of a language's FACe words in the message catalogue (the <c>Face…</c> keys).</summary>
    private static FaceLabels From(ChartLanguage language)
    {
        string Word(string key) => MessageTable.Get(language, key);
        return new()
        {
            FaceTitle = Word("FaceFaceTitle"),
            FaceIntro = Word("FaceFaceIntro"),
            OpenSeat = Word("FaceOpenSeat"),
            OpenSeatNote = Word("FaceOpenSeatNote"),
            NoOwner = Word("FaceNoOwner"),
            LeadingIndicators = Word("FaceLeadingIndicators"),
            NoIndicators = Word("FaceNoIndicators"),
            Outcomes = Word("FaceOutcomes"),
            MatrixTitle = Word("FaceMatrixTitle"),
            MatrixIntro = Word("FaceMatrixIntro"),
            TakesPart = Word("FaceTakesPart"),
            OwnerSeat = Word("FaceOwnerSeat"),
            EmptyRow = Word("FaceEmptyRow"),
            Seat = Word("FaceSeat"),
            StepsTitle = Word("FaceStepsTitle"),
            MoreFunctions = Word("FaceMoreFunctions"),
        };
    }
}
