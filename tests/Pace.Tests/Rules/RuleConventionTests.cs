using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Pace.Validation;
using Pace.Localization;
using Pace.Validation.Rules;

namespace Pace.Tests.Rules;

/// <summary>
/// What every built-in rule must have, checked by reflection so a new rule cannot forget one: a unique code
/// <c>PACE\d{3}</c>, English and Dutch templates for each of its message keys with the same placeholders, a doc
/// page <c>docs/rules/{code}.md</c> and its Dutch page <c>docs/rules/nl/{code}.md</c> (both embedded, for
/// <c>pace explain</c>), and a test named after it — a test
/// method in this assembly whose name starts with <c>{code}_</c>.
/// </summary>
public partial class RuleConventionTests
{
    /// <summary>The built-in rules and the renderer's PACE022, whose messages and page live in Pace like the others.</summary>
    private static IReadOnlyList<Rule> Rules { get; } = [.. BuiltInRules.All, new Pace.Rendering.Rules.GlyphCoverageRule()];

    private static IEnumerable<string> Codes() => Rules.Select(r => r.Code);

    /// <summary>The repository root: the folder above the test binaries that holds <c>Pace.sln</c>.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pace.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pace.sln not found above " + AppContext.BaseDirectory);
    }

    [Test]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.That(Codes(), Is.Unique);
        Assert.That(Codes(), Has.All.Match(@"^PACE\d{3}$"));
    }

    [Test]
    public void Rules_are_in_code_order_one_class_per_file_with_the_seed_cited()
    {
        // The built-ins run in code order; the renderer's PACE022 joins them from another assembly, after them.
        Assert.That(BuiltInRules.All.Select(r => r.Code), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        foreach (var rule in Rules)
        {
            var folder = rule.GetType().Assembly == typeof(Rule).Assembly
                ? Path.Combine(RepositoryRoot(), "src", "Pace", "Validation", "Rules")
                : Path.Combine(RepositoryRoot(), "src", "Pace.Rendering", "Rules");
            var file = Path.Combine(folder, rule.GetType().Name + ".cs");
            Assert.That(File.Exists(file), Is.True, $"{rule.Code}: {rule.GetType().Name}.cs");
            Assert.That(File.ReadAllText(file), Does.Contain(rule.Code + ":"), $"{rule.Code}: the class's doc comment names its code");
        }
    }

    [TestCaseSource(nameof(Codes))]
    public void Every_rule_has_English_and_Dutch_messages_with_the_same_placeholders(string code)
    {
        var english = MessageTable.Keys(ChartLanguage.English).Where(k => k.StartsWith(code, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var dutch = MessageTable.Keys(ChartLanguage.Dutch).Where(k => k.StartsWith(code, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.That(english, Is.Not.Empty, code);
        Assert.That(dutch, Is.EqualTo(english), code);
        foreach (var key in english)
        {
            Assert.That(
                Placeholders(MessageTable.Get(ChartLanguage.Dutch, key)),
                Is.EqualTo(Placeholders(MessageTable.Get(ChartLanguage.English, key))),
                key);
        }
    }

    [TestCaseSource(nameof(Codes))]
    public void Every_rule_has_a_doc_page_that_is_embedded(string code)
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", code + ".md");
        Assert.That(File.Exists(page), Is.True, page);
        var text = File.ReadAllText(page);
        Assert.That(RuleDocs.Get(code), Is.EqualTo(text));
        Assert.That(RuleDocs.Get(code.ToLowerInvariant()), Is.EqualTo(text));
        foreach (var section in new[] { "# " + code, "## Why", "## How to fix", "## Example" })
        {
            Assert.That(text, Does.Contain(section), $"{code}.md has '{section}'");
        }

        // And its Dutch page, for pace explain --lang nl and the site's rules/nl/ (Conventions/DutchRulePageTests checks what it says).
        var dutch = Path.Combine(RepositoryRoot(), "docs", "rules", "nl", code + ".md");
        Assert.That(File.Exists(dutch), Is.True, $"{dutch}: write the Dutch page");
        Assert.That(RuleDocs.Get(code, ChartLanguage.Dutch), Is.EqualTo(File.ReadAllText(dutch)), "embedded");
    }

    [Test]
    public void The_doc_index_lists_every_rule_and_RuleDocs_knows_no_code_without_a_page()
    {
        var index = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md"));
        Assert.That(Codes(), Has.All.Matches<string>(c => index.Contains($"[{c}]({c}.md)", StringComparison.Ordinal)));
        Assert.That(RuleDocs.Codes, Is.SupersetOf(Codes()));
        Assert.That(RuleDocs.Get("PACE999"), Is.Null);
    }

    [TestCaseSource(nameof(Codes))]
    public void Every_rule_is_named_by_a_test(string code)
    {
        var tests = typeof(RuleConventionTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes().Any(a => a is TestAttribute or TestCaseAttribute or TestCaseSourceAttribute))
            .Select(m => m.Name);
        Assert.That(tests, Has.Some.StartsWith(code + "_"), $"write a test named {code}_…");
    }

    [Test]
    public void Built_in_rules_have_no_message_keys_without_a_rule()
    {
        var codes = Codes().ToHashSet(StringComparer.Ordinal);
        var ruleKeys = MessageTable.Keys(ChartLanguage.English).Where(k => RuleKey().IsMatch(k));
        Assert.That(ruleKeys.Select(k => k[..7]).Distinct(), Has.All.Matches<string>(codes.Contains));
    }

    [Test]
    public void Every_built_in_template_has_named_placeholders_and_the_same_names_in_every_language()
    {
        // Named, so a translation may put them in any order: {process}, {count}, never {0}.
        var english = MessageTable.Keys(ChartLanguage.English).ToList();
        Assert.That(MessageTable.Keys(ChartLanguage.Dutch), Is.EquivalentTo(english));
        foreach (var key in english)
        {
            foreach (var language in new[] { ChartLanguage.English, ChartLanguage.Dutch })
            {
                Assert.That(Positional().IsMatch(MessageTable.Get(language, key)), Is.False, $"{language} {key} has a numbered placeholder");
            }

            Assert.That(Placeholders(MessageTable.Get(ChartLanguage.Dutch, key)), Is.EqualTo(Placeholders(MessageTable.Get(ChartLanguage.English, key))), key);
        }

        Assert.That(Placeholders(EnglishMessages.PACE002Many), Is.EqualTo(new[] { "count", "owners", "process" }));
    }

    private static string[] Placeholders(string template) => [.. NamedTemplate.Names(template).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<!\{)\{\d+\}")]
    private static partial Regex Positional();

    [GeneratedRegex(@"^PACE0\d{2}")]
    private static partial Regex RuleKey();
}
