using System.Diagnostics;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Pace.Rendering.Tests;

/// <summary>The PDF as a reader sees it: text, metadata, structure, size.</summary>
public sealed partial class PdfOutputTests
{
    [TestCaseSource(typeof(TestCharts), nameof(TestCharts.Examples))]
    public void The_text_holds_every_process_owner_and_kpi_name(string example)
    {
        var chart = TestCharts.Example(example);
        var text = Text(ChartRenderer.RenderPages(chart)[0]);
        var expected = chart.Processes.SelectMany(p => new[] { p.Name! }
            .Concat(p.Owners.Select(o => chart.FindPerson(o)?.DisplayName ?? o))
            .Concat(p.Kpis.Select(k => k.Name!)));
        Assert.Multiple(() =>
        {
            foreach (var name in expected)
            {
                Assert.That(text, Does.Contain(Collapse(name)));
            }
        });
    }

    [Test]
    public void Acme_shows_its_dutch_labels_and_numbers()
    {
        var text = Text(ChartRenderer.RenderPages(TestCharts.Example("acme-software"))[0]);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Stand per 1 november 2026"));
            Assert.That(text, Does.Contain("≥ € 300.000 / kwartaal"));
            Assert.That(text, Does.Contain("€ 300.000 per kwartaal = € 100.000 per maand ≈ € 22.581–€ 23.333 per week (14 weken in Q4 2026)"));
            Assert.That(text, Does.Contain("naar rato op koers (€ 100.000 per 1 nov)"));
            Assert.That(text, Does.Contain("Pagina 1 van 8"));
            Assert.That(text, Does.Contain("Pagina 8 van 8"));
            Assert.That(text, Does.Contain("BETER"));
            Assert.That(text, Does.Contain("5 waarschuwingen"));
            Assert.That(text, Does.Not.Contain("Geen bevindingen"));
            Assert.That(text, Does.Contain("bleef in week 43 van 2026 achter bij het doel"), "the findings page, in Dutch");
        });
    }

    [Test]
    public void Acme_in_english_uses_english_labels_and_numbers()
    {
        var text = Text(ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example("acme-software"), ChartLanguage.English))[0]);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("As of 1 November 2026"));
            Assert.That(text, Does.Contain("≥ €300,000 / quarter"));
            Assert.That(text, Does.Contain("Page 1 of 8"));
            Assert.That(text, Does.Contain("5 warnings"));
            Assert.That(text, Does.Contain("missed its target in week 43 of 2026"), "the findings page, in English");
            Assert.That(text, Does.Not.Contain("kwartaal /"));
        });
    }

    [Test]
    public void The_clean_wholesaler_says_so_in_every_footer()
    {
        var text = Text(ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example("technical-wholesaler"), ChartLanguage.Dutch))[0]);
        Assert.Multiple(() =>
        {
            Assert.That(Regex.Count(text, "Geen bevindingen"), Is.EqualTo(4));
            Assert.That(text, Does.Contain("Pagina 4 van 4"));
            Assert.That(text, Does.Not.Contain("Bevindingen"));
        });
    }

    [Test]
    public void Metadata_comes_from_the_chart_and_the_timestamp_rule()
    {
        using var pdf = PdfDocument.Open(ChartRenderer.RenderPages(TestCharts.Example("acme-software"))[0]);
        var info = pdf.Information;
        Assert.Multiple(() =>
        {
            Assert.That(info.Title, Is.EqualTo("Procesverantwoordelijkheid 2027"));
            Assert.That(info.Author, Is.EqualTo("Acme Software B.V."));
            Assert.That(info.Creator, Is.EqualTo("Pace"));
            Assert.That(info.Keywords, Does.Contain("Van lead naar deal"));
            Assert.That(info.Subject, Is.Not.Empty);
            Assert.That(info.CreationDate, Does.StartWith("D:20261101000000"));
            Assert.That(pdf.NumberOfPages, Is.EqualTo(8));
            Assert.That(pdf.GetPage(1).Width, Is.EqualTo(842).Within(0.5));
            Assert.That(pdf.GetPage(1).Height, Is.EqualTo(595).Within(0.5));
        });
    }

    [Test]
    public void An_explicit_timestamp_wins_over_the_chart_date()
    {
        var options = new RenderOptions { Timestamp = new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero) };
        using var pdf = PdfDocument.Open(ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example("acme-software")), options)[0]);
        Assert.That(pdf.Information.CreationDate, Does.StartWith("D:20300506070809"));
    }

    [Test]
    public void Without_a_date_the_timestamp_is_fixed_not_the_clock()
    {
        var chart = TestCharts.Example("technical-wholesaler") with { Date = null };
        var first = ChartRenderer.RenderPages(chart)[0];
        Thread.Sleep(1100);
        var second = ChartRenderer.RenderPages(chart)[0];
        Assert.That(second, Is.EqualTo(first));
        using var pdf = PdfDocument.Open(first);
        var expected = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is null ? "D:20000101" : "D:";
        Assert.That(pdf.Information.CreationDate, Does.StartWith(expected));
    }

    [Test]
    public void Without_a_date_source_date_epoch_sets_the_timestamp()
    {
        var before = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");
        try
        {
            var chart = TestCharts.Example("technical-wholesaler") with { Date = null };
            using var pdf = PdfDocument.Open(ChartRenderer.RenderPages(chart)[0]);
            Assert.That(pdf.Information.CreationDate, Does.StartWith("D:20231114221320"));
            Assert.That(ChartRenderer.TimestampOf(TestCharts.Example("technical-wholesaler"), RenderOptions.Default), Is.EqualTo(new DateTimeOffset(2026, 11, 13, 0, 0, 0, TimeSpan.Zero)), "the chart date wins over SOURCE_DATE_EPOCH");
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", before);
        }
    }

    [TestCaseSource(typeof(TestCharts), nameof(TestCharts.Examples))]
    public void The_pdf_is_small(string example)
    {
        // PDF/A and its tags included; the identifier, a hash of the content, is PdfAConformanceTests' to check.
        var pdf = ChartRenderer.RenderPages(TestCharts.Example(example))[0];
        // acme's eight pages (FACe, matrix, scorecard, two trends pages) are 117,727 bytes with PDF/A and the tags;
        // the two Lato faces embedded whole instead of subset would add about 100 KB, so 128 KiB still catches that.
        Assert.That(pdf, Has.Length.LessThanOrEqualTo(128 * 1024));
    }

    [TestCaseSource(typeof(TestCharts), nameof(TestCharts.Examples))]
    public void Qpdf_finds_no_errors(string example)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pace-qpdf-{example}-{Environment.ProcessId}.pdf");
        ChartRenderer.RenderFile(TestCharts.Example(example), path);
        try
        {
            var (code, output) = Run("qpdf", "--check", path);
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("No syntax or stream encoding errors"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The text of a PDF as pdftotext (poppler) extracts it, in UTF-8; fails the test when pdftotext does.</summary>
    internal static string PdfToText(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("pace-text-").FullName;
        try
        {
            var file = Path.Combine(folder, "chart.pdf");
            File.WriteAllBytes(file, pdf);
            var (code, output) = Run("pdftotext", "-enc", "UTF-8", file, "-");
            Assert.That(code, Is.Zero, output);
            return output;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>All words of all pages, single-spaced.</summary>
    internal static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static string Collapse(string text) => Spaces().Replace(text.Trim(), " ");

    internal static (int Code, string Output) Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            EnvironmentLimit.Skip(Limit.NoDebianPackage, $"{tool} (.ci/run installs it)");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
