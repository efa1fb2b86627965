using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Pace.Testing;

/// <summary>
/// Under <c>CI=true</c> (GitHub Actions and GitLab CI set it), turns a skipped or inconclusive test into a
/// failure unless it was skipped for an <see cref="EnvironmentLimit"/>: a suite that passes by skipping shows nothing.
/// Every test project applies it to its assembly (tests/Directory.Build.props). A fixture skipped as a whole never runs
/// its tests, so this cannot see it; <c>.ci/test-report.py</c> checks those in the test results.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class SkipsAreEnvironmentLimitsAttribute : Attribute, ITestAction
{
    private static readonly bool IsCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test)
    {
    }

    public void AfterTest(ITest test)
    {
        var result = TestExecutionContext.CurrentContext.CurrentResult;
        var status = result.ResultState.Status;
        if (IsCi && status is TestStatus.Skipped or TestStatus.Inconclusive && !EnvironmentLimit.IsListed(result.Message))
        {
            result.SetResult(ResultState.Failure,
                $"Skipped under CI=true for a reason that is not an environment limit (docs/testing.md): {status} \"{result.Message}\"");
        }
    }
}
