using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Pace.Testing;

/// <summary>
/// The only reasons a test may skip itself. Under <c>CI=true</c> any other skip fails (<see cref="SkipsAreEnvironmentLimitsAttribute"/>),
/// and <c>.ci/run</c> fails on any other skip in the test results (<c>.ci/test-report.py</c>). docs/testing.md lists them.
/// </summary>
internal enum Limit
{
    /// <summary>Not running as root: cannot mount a tmpfs or run pace as another user.</summary>
    NotRoot,

    /// <summary>Running as root: file permissions do not apply, so a read-only folder cannot be simulated in-process.</summary>
    Root,

    /// <summary>Root, yet mounting a tmpfs is refused (a container without the capability).</summary>
    NoTmpfs,

    /// <summary>A Debian package the test calls is missing (strace, qpdf; util-linux for setpriv); <c>.ci/run</c> installs them as root.</summary>
    NoDebianPackage,

    /// <summary>No Native AOT package: not linux-x64 with glibc, or packed with <c>PACE_PACK_AOT=0</c> (no C toolchain).</summary>
    NoNativeAot,

    /// <summary>Another operating system than the one the test is about: Unix file modes on Windows, Linux's FIFOs and devices elsewhere.</summary>
    OtherPlatform,
}

/// <summary>Skips a test for an environment limit, in the one message form the CI checks recognise.</summary>
internal static partial class EnvironmentLimit
{
    /// <summary>What every skip message starts with (after NUnit's own "OneTimeSetUp: " for a fixture's skip).</summary>
    public const string Prefix = "environment limit: ";

    /// <summary>The phrase of each limit, as the skip message and <c>.ci/test-report.py</c> say it.</summary>
    public static string Phrase(Limit limit) => limit switch
    {
        Limit.NotRoot => "not root",
        Limit.Root => "root",
        Limit.NoTmpfs => "no tmpfs",
        Limit.NoDebianPackage => "no Debian package",
        Limit.NoNativeAot => "no Native AOT",
        Limit.OtherPlatform => "other platform",
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, null),
    };

    /// <summary>Ends the test as skipped: "environment limit: PHRASE: DETAIL".</summary>
    [DoesNotReturn]
    public static void Skip(Limit limit, string detail)
    {
        Assert.Ignore($"{Prefix}{Phrase(limit)}: {detail}");
        throw new UnreachableException();
    }

    /// <summary>Whether a skip message names one of the limits.</summary>
    public static bool IsListed(string? message) =>
        message is not null && Listed().Match(message) is { Success: true } match
        && Enum.GetValues<Limit>().Any(l => Phrase(l) == match.Groups["phrase"].Value);

    [GeneratedRegex("^(OneTimeSetUp: )?environment limit: (?<phrase>[^:]+): ")]
    private static partial Regex Listed();
}
