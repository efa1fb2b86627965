using Pace.Analysis;
using Pace.Localization;

namespace Pace.Validation;

/// <summary>What a rule sees while it checks a chart, and how it reports a finding.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _found = [];
    private readonly Rule _rule;
    private readonly Severity _severity;

    // Everyone's load on the chart, made at most once per validation: the validator hands every rule's context the same
    // one, so the five rules and the team checks that count per person walk the chart once between them, not once each.
    private readonly Lazy<IReadOnlyList<PersonLoad>> _loads;

    internal RuleContext(Chart chart, Rule rule, Severity severity, ChartLanguage language, Lazy<IReadOnlyList<PersonLoad>> loads)
    {
        Chart = chart;
        _rule = rule;
        _severity = severity;
        Language = language;
        _loads = loads;
    }

    /// <summary>The chart being checked.</summary>
    public Chart Chart { get; }

    /// <summary>The language messages are made in.</summary>
    public ChartLanguage Language { get; }

    /// <summary>
    /// Cancels the validation. The validator checks it between rules and at every finding reported; a rule of an app's
    /// own that walks a large chart without reporting may check it too.
    /// </summary>
    public CancellationToken CancellationToken { get; internal init; }

    /// <summary>
    /// Full paths of the folders besides the chart's repository (outside one, its folder) that font files the chart
    /// names may be read from (<see cref="ValidationOptions.FontFolders"/>); a rule reads no font outside them.
    /// </summary>
    public IReadOnlyList<string> FontFolders { get; internal init; } = [];

    internal IReadOnlyList<Diagnostic> Found => _found;

    /// <summary>Everyone's load on the chart (<see cref="PersonLoad.Of"/>), for the rules that count per person.</summary>
    internal IReadOnlyList<PersonLoad> Loads => _loads.Value;

    /// <summary>What is wrong with the chart's suppressions, for PACE021; empty for every other rule.</summary>
    internal IReadOnlyList<SuppressionProblem> SuppressionProblems { get; init; } = [];

    /// <summary>Reports a finding with the rule's main message.</summary>
    /// <param name="path">The model path, e.g. <c>processes[1].owner</c>.</param>
    /// <param name="span">Where in the file, if known.</param>
    /// <param name="arguments">The message's arguments, by the names of its placeholders: <c>new("process", name)</c>.</param>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public void Report(string path, SourceSpan? span, params ReadOnlySpan<MessageArgument> arguments) =>
        ReportVariant(string.Empty, path, span, arguments);

    /// <summary>Reports a finding whose message has one placeholder: <c>context.Report(path, span, new("process", name))</c>.</summary>
    /// <param name="path">The model path, e.g. <c>processes[1].owner</c>.</param>
    /// <param name="span">Where in the file, if known.</param>
    /// <param name="argument">The message's one argument, by the name of its placeholder.</param>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    /// <remarks>Without this overload C# reads a lone <c>new(…)</c> as the constructor of the span of arguments; its priority wins the tie with the span.</remarks>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public void Report(string path, SourceSpan? span, MessageArgument argument) =>
        ReportVariant(string.Empty, path, span, [argument]);

    /// <summary>Reports a finding with one of the rule's message variants whose message has one placeholder.</summary>
    /// <param name="variant">The variant, e.g. <c>Many</c> for <c>PACE002Many</c>.</param>
    /// <param name="path">The model path.</param>
    /// <param name="span">Where in the file, if known.</param>
    /// <param name="argument">The message's one argument, by the name of its placeholder.</param>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public void ReportVariant(string variant, string path, SourceSpan? span, MessageArgument argument) =>
        ReportVariant(variant, path, span, [argument]);

    /// <summary>Reports a finding with one of the rule's message variants.</summary>
    /// <param name="variant">The variant, e.g. <c>Many</c> for <c>PACE002Many</c>.</param>
    /// <param name="path">The model path.</param>
    /// <param name="span">Where in the file, if known.</param>
    /// <param name="arguments">The message's arguments, by the names of its placeholders.</param>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public void ReportVariant(string variant, string path, SourceSpan? span, params ReadOnlySpan<MessageArgument> arguments)
    {
        // A chart with thousands of findings spends its time here, formatting them: the place to stop when cancelled.
        CancellationToken.ThrowIfCancellationRequested();
        var template = _rule.MessageTemplate(Language, variant);
        var key = _rule.Code + variant;
        _found.Add(new Diagnostic(_rule.Code, _severity, template, arguments.ToArray(), path, span)
        {
            MessageKey = MessageTable.TryGet(Language, key, out _) ? key : null,
        });
    }
}
