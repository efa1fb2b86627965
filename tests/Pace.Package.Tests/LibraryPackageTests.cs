namespace Pace.Package.Tests;

/// <summary>
/// A fresh console app, outside the repository, references the packed Pace and Pace.Rendering and runs every
/// C# snippet of the README's "In your own code" section, of docs/library.md and of the two packages' READMEs
/// (what nuget.org shows), unchanged.
/// </summary>
[TestFixture]
public sealed class LibraryPackageTests
{
    private string _app = string.Empty;
    private ProcessResult _build = null!;
    private ProcessResult? _run;
    private IReadOnlyList<Snippet> _snippets = [];

    [OneTimeSetUp]
    public void BuildAndRunTheApp()
    {
        _app = PackageFixture.NewFolder("library-app");
        Consumer.WriteProject(_app, "LibraryApp", "Exe", "Pace", "Pace.Rendering");
        Consumer.CopyExample("acme-software.pace.yaml", Path.Combine(_app, "charts", "acme.pace.yaml"));
        Consumer.CopyExample("acme-software.pace.yaml", Path.Combine(_app, "acme.pace.yaml"));

        _snippets = Snippets.Extract(Path.Combine(PackageFixture.RepositoryRoot, "README.md"), "readme", underHeading: "In your own code")
            .Concat(Snippets.Extract(Path.Combine(PackageFixture.RepositoryRoot, "docs", "library.md"), "library"))
            .Concat(Snippets.Extract(Path.Combine(PackageFixture.RepositoryRoot, "src", "Pace", "README.md"), "package-pace"))
            .Concat(Snippets.Extract(Path.Combine(PackageFixture.RepositoryRoot, "src", "Pace.Rendering", "README.md"), "package-rendering"))
            .ToList();
        Assert.That(_snippets.Count(s => s.Name.StartsWith("readme", StringComparison.Ordinal)), Is.EqualTo(1), "the README's \"In your own code\" section has one C# block");

        Snippets.WriteProgram(_app, _snippets);
        _build = Consumer.Build(_app);
        TestContext.Progress.WriteLine($"library app: restore + build {_build.Elapsed.TotalSeconds:0.0} s");
        if (_build.ExitCode == 0)
        {
            _run = DotNet.Start(DotNet.Host, _app, PackageFixture.Environment, TimeSpan.FromMinutes(2), Path.Combine(_app, "bin", "Debug", "net10.0", "LibraryApp.dll"));
        }
    }

    [Test]
    public void The_app_builds_against_the_packages_without_warnings()
    {
        Assert.That(_build.ExitCode, Is.Zero, _build.ToString());
        Assert.That(_build.LinesWith(": warning "), Is.Empty, _build.ToString());
    }

    [Test]
    public void Every_snippet_runs_to_the_end()
    {
        Assert.That(_run, Is.Not.Null, "the app did not build");
        Assert.That(_run!.ExitCode, Is.Zero, _run.ToString());
        Assert.That(_run.Output, Does.Contain("=== done"), _run.ToString());
    }

    [Test]
    public void The_readme_snippet_reports_the_accountability_errors_of_its_one_process_chart()
    {
        var output = Section("readme1");
        Assert.That(output, Does.Contain("error PACE001"));   // one process, not 4–9
        Assert.That(output, Does.Contain("error PACE003"));   // one KPI, not three
    }

    [Test]
    public void The_library_guide_snippets_print_what_the_guide_says()
    {
        Assert.That(Section("library1"), Does.Match(@"0 errors, \d+ warnings, in nl"), "the language is its code (ChartLanguage.ToString)");
        Assert.That(Section("library1"), Does.Contain("charts/acme.pace.yaml:"), "findings located in the file");
        Assert.That(Section("library2"), Does.Match(@"Acme Software B\.V\.: \d+ findings"));
        Assert.That(Section("library3"), Does.Contain("Error PACE002 at processes[1].owner"));
        Assert.That(Section("library4"), Does.Contain("Sales pipeline: Fast"));
        Assert.That(Section("library5"), Does.Match(@"Acme Software B\.V\.: \d+ processes"));
        Assert.That(Section("library6"), Does.Contain("True True"));
        Assert.That(Section("library8"), Does.Contain("warning ACME001: KPI 'Aantal offertes' of 'Van lead naar deal' has no unit."));
        Assert.That(Section("library10"), Does.Contain("0 texts with characters no font has"), "PACE022 with the checker: acme is all Latin");
        Assert.That(Section("library11"), Does.Match(@"PDF: \d+ bytes, written asynchronously"));
        Assert.That(File.Exists(Path.Combine(_app, "acme-async.pdf")), "RenderFileAsync wrote acme-async.pdf");
        Assert.That(Section("library12"), Does.Contain("True"), "an edited chart written back reads back as the edit");
        Assert.That(File.ReadAllText(Path.Combine(_app, "acme-next.pace.yaml")), Does.StartWith("# yaml-language-server: $schema="), "the comments stay");
        Assert.That(Section("library13"), Does.Match(@"Getekende contractwaarde: Sum, 2026-Q4 110000 against 100000(\.00)? pro rata: Green"), "the 1-November example, on track pro rata");
        Assert.That(Section("library13"), Does.Contain("2026-10 100000, 2026-11 100000, 2026-12 100000"));
        Assert.That(Section("library13"), Does.Contain("weeks: 14, the first 4 days"));
    }

    [Test]
    public void The_package_readme_snippets_run()
    {
        Assert.That(Section("package-pace1"), Does.Contain("PACE0"));
        Assert.That(Section("package-rendering1"), Does.Not.Contain("Exception"));
        Assert.That(File.Exists(Path.Combine(_app, "acme.png")), "the Pace.Rendering README renders acme.png");
    }

    [Test]
    public void The_rendering_snippet_writes_a_pdf_with_the_charts_text()
    {
        Assert.That(Section("library9"), Does.Match(@"PDF: \d+ bytes"));
        var pdf = Path.Combine(_app, "acme.pdf");
        Assert.That(File.Exists(pdf), pdf);
        Assert.That(Consumer.PdfText(pdf), Does.Contain("Acme Software"));
    }

    /// <summary>What one snippet printed.</summary>
    private string Section(string name)
    {
        Assert.That(_run, Is.Not.Null, "the app did not build: " + _build);
        Assert.That(_snippets.Select(s => s.Name), Does.Contain(name), "no such snippet: the documentation changed?");
        var start = _run!.Output.IndexOf($"=== {name}\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), _run.ToString());
        var end = _run.Output.IndexOf("=== ", start + 4, StringComparison.Ordinal);
        return _run.Output[start..(end < 0 ? _run.Output.Length : end)];
    }
}
