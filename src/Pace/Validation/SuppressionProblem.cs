namespace Pace.Validation;

/// <summary>What is wrong with a suppression comment (PACE021).</summary>
internal enum SuppressionProblemKind
{
    /// <summary>The code suppressed no finding on the next line.</summary>
    Unused,

    /// <summary>The code is not the code of any rule the validator runs.</summary>
    Unknown,

    /// <summary>The comment names no code.</summary>
    Empty,
}

/// <summary>One problem with a suppression comment, found by the validator and reported by PACE021.</summary>
/// <param name="Suppression">The suppression.</param>
/// <param name="Code">The code concerned; <see langword="null"/> for <see cref="SuppressionProblemKind.Empty"/>.</param>
/// <param name="Kind">What is wrong.</param>
internal sealed record SuppressionProblem(Suppression Suppression, string? Code, SuppressionProblemKind Kind);
