using System.Text.RegularExpressions;
using Pace.Tests.Rules;

namespace Pace.Tests;

/// <summary>
/// A test skips only for an environment limit, and the three places that list the limits agree: the enum every test
/// project compiles (tests/Shared/EnvironmentLimit.cs), the check <c>.ci/run</c> runs over the results
/// (.ci/test-report.py) and docs/testing.md.
/// </summary>
public partial class SkipPolicyTests
{
    private static readonly string[] Phrases = [.. Enum.GetValues<Limit>().Select(EnvironmentLimit.Phrase)];

    [TestCase("environment limit: not root: mounts a 40 KB tmpfs", ExpectedResult = true)]
    [TestCase("OneTimeSetUp: environment limit: no Native AOT: packed with PACE_PACK_AOT=0", ExpectedResult = true)]
    [TestCase("environment limit: no Debian package: strace (.ci/run installs it)", ExpectedResult = true)]
    [TestCase("TODO(rendering): the renderer is a placeholder", ExpectedResult = false)]
    [TestCase("The YAML test suite was not found", ExpectedResult = false)]
    [TestCase("environment limit: no network: fetches a schema", ExpectedResult = false)]
    [TestCase("environment limit: not root", ExpectedResult = false)]
    [TestCase(null, ExpectedResult = false)]
    public bool Only_a_listed_limit_is_a_reason_to_skip(string? message) => EnvironmentLimit.IsListed(message);

    [Test]
    public void The_ci_report_accepts_the_same_limits()
    {
        var script = File.ReadAllText(Path.Combine(RuleConventionTests.RepositoryRoot(), ".ci", "test-report.py"));
        var tuple = LimitsTuple().Match(script);
        Assert.That(tuple.Success, ".ci/test-report.py has a LIMITS = (...) line");
        var listed = Quoted().Matches(tuple.Groups[1].Value).Select(m => m.Groups[1].Value);
        Assert.That(listed, Is.EqualTo(Phrases));
    }

    [Test]
    public void The_testing_guide_lists_every_limit()
    {
        var guide = File.ReadAllText(Path.Combine(RuleConventionTests.RepositoryRoot(), "docs", "testing.md"));
        Assert.That(Phrases.Where(p => !guide.Contains($"`{p}`", StringComparison.Ordinal)), Is.Empty);
    }

    /// <summary>
    /// An attribute or a skip that never reaches <see cref="EnvironmentLimit.Skip"/> escapes the in-process check under
    /// CI=true (a test that never runs has no result to change): no test source may use one.
    /// </summary>
    [Test]
    public void Tests_skip_only_through_EnvironmentLimit()
    {
        var tests = Path.Combine(RuleConventionTests.RepositoryRoot(), "tests");
        var offenders =
            from file in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            let relative = Path.GetRelativePath(tests, file).Replace('\\', '/')
            where !relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal)
                && relative != "Shared/EnvironmentLimit.cs"
            from line in File.ReadLines(file).Select((text, index) => (text, number: index + 1))
            where OtherSkip().IsMatch(line.text)
            select $"{relative}:{line.number}: {line.text.Trim()}";
        Assert.That(offenders, Is.Empty);
    }

    [GeneratedRegex(@"^LIMITS = \((.*)\)$", RegexOptions.Multiline)]
    private static partial Regex LimitsTuple();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();

    // NUnit's other ways not to run or not to pass: Assert's Ignore and Inconclusive, Assume, Warn, the Platform
    // attribute, and the Ignore and Explicit attributes, attribute properties and TestCaseData methods.
    [GeneratedRegex(@"Assert\.(Ignore|Inconclusive)\(|\bAssume\.|\bWarn\.|\[(Ignore|Explicit|Platform)\b|\b(Ignore|Explicit)\s*=|\.(Ignore|Explicit)\(")]
    private static partial Regex OtherSkip();
}
