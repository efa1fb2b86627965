namespace Pace.Rendering.Layout;

/// <summary>
/// The words of the FACe pages (the FACe, the FACe × PACe matrix, the FACe columns of the people page), per
/// language: a table of its own beside <see cref="Labels"/>, which holds it (<see cref="Labels.Face"/>), so the
/// language is chosen once for both.
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

    /// <summary>English labels.</summary>
    public static FaceLabels English { get; } = new()
    {
        FaceTitle = "Functions and accountability (FACe)",
        FaceIntro = "Each function of the business with the one person accountable for it, its leading indicators and the results it answers for.",
        OpenSeat = "Open seat",
        OpenSeatNote = "nobody accountable yet",
        NoOwner = "No single owner",
        LeadingIndicators = "Leading indicators",
        NoIndicators = "No leading indicator yet",
        Outcomes = "Results",
        MatrixTitle = "Functions in the processes (FACe × PACe)",
        MatrixIntro = "Where each function takes part in the steps of each core process. A shaded cell: the process owner holds that seat.",
        TakesPart = "takes part in this many steps",
        OwnerSeat = "process owner holds this seat",
        EmptyRow = "No step names a function or anyone in a seat yet",
        Seat = "Seat",
        StepsTitle = "Takes part in",
        MoreFunctions = "functions {0}–{1} of {2}",
    };

    /// <summary>Dutch labels.</summary>
    public static FaceLabels Dutch { get; } = new()
    {
        FaceTitle = "Functies en verantwoordelijkheid (FACe)",
        FaceIntro = "Elke functie van het bedrijf met de ene persoon die ervoor eindverantwoordelijk is, haar vooruitkijkende KPI's en de resultaten waarop ze wordt afgerekend.",
        OpenSeat = "Open stoel",
        OpenSeatNote = "nog geen eindverantwoordelijke",
        NoOwner = "Geen eenduidige eindverantwoordelijke",
        LeadingIndicators = "Vooruitkijkende KPI's",
        NoIndicators = "Nog geen vooruitkijkende KPI",
        Outcomes = "Resultaten",
        MatrixTitle = "Functies in de processen (FACe × PACe)",
        MatrixIntro = "Waar elke functie meedoet aan de stappen van elk kernproces. Een gekleurde cel: de eindverantwoordelijke van het proces zit op die stoel.",
        TakesPart = "doet mee aan zoveel stappen",
        OwnerSeat = "eindverantwoordelijke van het proces zit op deze stoel",
        EmptyRow = "Nog geen stap noemt een functie of iemand op een stoel",
        Seat = "Stoel",
        StepsTitle = "Doet mee aan",
        MoreFunctions = "functies {0}–{1} van {2}",
    };
}
