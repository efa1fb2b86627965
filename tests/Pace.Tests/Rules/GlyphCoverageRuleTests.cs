using System.Globalization;
using Pace.Configuration;
using Pace.Localization;
using Pace.Rendering.Rules;
using Pace.Validation;
using Pace.Yaml;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Rules;

/// <summary>PACE022 (in Pace.Rendering, which knows the fonts): characters no font draws, and fonts that cannot be used.</summary>
public class GlyphCoverageRuleTests
{
    private static Findings Check(Chart chart, string? folder = null) =>
        new ChartValidator([new GlyphCoverageRule(folder)]).Validate(chart);

    [Test]
    public void PACE022_is_silent_for_latin_greek_and_cyrillic_and_names_each_character_no_font_has()
    {
        var fine = Clean() with { Organization = "Creșterea în țară · Ικανοποίηση · Удовлетворённость ₽ ₺ ₹ ẞ ə" };
        var georgian = Clean().WithProcess(1, p => p with { Name = "Sales ქართ ქ 😀" });
        var found = Check(georgian);
        Assert.Multiple(() =>
        {
            Assert.That(Check(fine), Is.Empty);
            Assert.That(found.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { ("PACE022", "processes[1].name") }));
            Assert.That(found[0].Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022, ("text", "processes[1].name"), ("characters", "ქ (U+10E5), ა (U+10D0), რ (U+10E0), თ (U+10D7), 😀 (U+1F600)"))));
        });
    }

    [Test]
    public void PACE022_points_at_the_step_itself_whether_written_as_a_name_or_a_mapping()
    {
        var yaml = "pace: 1\norganization: X\nprocesses:\n  - name: Sales\n    steps:\n      - Bellen\n      - ქართ\n      - {name: Bezoek ქ, people: [ann]}\n";
        var found = Check(ChartReader.Read(yaml, "c.pace.yaml").Chart!);
        Assert.That(
            found.Select(d => (d.Path, d.Span?.StartLine, d.Span?.StartColumn)),
            Is.EqualTo(new (string, int?, int?)[] { ("processes[0].steps[1]", 7, 9), ("processes[0].steps[2]", 8, 16) }));
    }

    [Test]
    public void PACE022_looks_at_what_the_FACe_page_prints_too()
    {
        var yaml = "pace: 1\norganization: X\nprocesses: []\nfunctions:\n  - name: Verkoop ქ\n    owner: ann\n    outcomes: [Omzet, Marge ქ]\n    kpis:\n      - {name: Pijplijn ქ, unit: EUR, target: 1, cadence: week}\n";
        var found = Check(ChartReader.Read(yaml, "c.pace.yaml").Chart!);
        Assert.That(found.Select(d => d.Path), Is.EqualTo(new[] { "functions[0].name", "functions[0].outcomes[1]", "functions[0].kpis[0].name" }));
    }

    [Test]
    public void PACE022_reports_a_font_that_is_missing_or_no_truetype_font_at_the_key_that_names_it()
    {
        var folder = Directory.CreateTempSubdirectory("pace-fonts-").FullName;
        try
        {
            // An 'OTTO' font whose one table is CFF2 (variable PostScript outlines), which Pace does not embed.
            byte[] cff2 = [0x4F, 0x54, 0x54, 0x4F, 0, 1, 0, 16, 0, 0, 0, 0, 0x43, 0x46, 0x46, 0x32, 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 4, 2, 0, 5, 0];
            File.WriteAllBytes(Path.Combine(folder, "cff.otf"), cff2);
            var yaml = "pace: 1\norganization: X\nprocesses: []\ntheme:\n  fonts:\n    - {regular: nowhere.ttf}\n    - {regular: cff.otf}\n";
            var path = Path.Combine(folder, "x.pace.yaml");
            File.WriteAllText(path, yaml);
            var chart = ChartReader.ReadFile(path).Chart!;
            var found = Check(chart);
            Assert.That(found.Select(d => d.Path), Is.EqualTo(new[] { "theme.fonts[0].regular", "theme.fonts[1].regular" }));
            Assert.Multiple(() =>
            {
                Assert.That(found[0].Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontMissing, ("file", "nowhere.ttf"))));
                Assert.That((found[0].Span?.StartLine, found[0].Span?.StartColumn), Is.EqualTo((6, 17)));
                Assert.That(found[1].Message, Does.StartWith(Named.Format(EnglishMessages.PACE022FontFormat, ("file", "cff.otf"), ("reason", "it has CFF2 (variable PostScript) outlines; name a static .otf or a .ttf build of the font"))));
                Assert.That(found.Select(d => d.Severity), Has.All.EqualTo(Severity.Warning));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Fonts_round_trip_through_the_chart_file_and_come_from_the_configuration_after_the_charts_own()
    {
        var yaml = "pace: 1\norganization: X\nprocesses: []\ntheme:\n  fonts:\n    - regular: a.ttf\n      bold: a-bold.ttf\n";
        var chart = ChartReader.Read(yaml, "c.pace.yaml").Chart!;
        var config = PaceConfigReader.Read("fonts:\n  - {regular: fonts/b.ttf}\n", "/charts/pace.config.yaml").Config!;
        var merged = config.ApplyTo(chart);
        Assert.Multiple(() =>
        {
            Assert.That(ChartWriter.Write(chart), Does.Contain("fonts:").And.Contain("regular: a.ttf").And.Contain("bold: a-bold.ttf"));
            Assert.That(merged.Theme!.Fonts.Select(f => f.Regular), Is.EqualTo(new[] { "a.ttf", "fonts/b.ttf" }));
            Assert.That(merged.Theme.Fonts[1].Source!.Node.File, Is.EqualTo("/charts/pace.config.yaml"), "resolved against the configuration's folder");
            Assert.That(PaceConfigReader.Read("fonts:\n  - {bold: x.ttf}\n").Diagnostics.Select(d => d.Code), Does.Contain("PACE107"), "a font without a regular face");
        });
    }
}
