using System.Text;
using Pace.Yaml;

namespace Pace.Tests.Yaml;

/// <summary>
/// The editing writer on the ways people write YAML: other indentation, quotes, comments and suppressions next to what
/// changes, lists on one line, block texts, Windows line ends and a byte-order mark, anchors.
/// </summary>
public sealed class EditingWriterStyleTests
{
    /// <summary>Four spaces, lists level with their key, comments and a suppression among the items.</summary>
    internal const string FourSpaces = """
        # yaml-language-server: $schema=../schema/pace.schema.json
        pace: 1
        organization: 'Quoted & Co'   # the legal name
        title: "Double quoted"
        people:
        -   id: ann
            name: Ann
        -   id: bob
        processes:
        -   name: Van lead naar deal
            # the flow from first contact to signature
            owner: ann
            steps:
            - Bellen
            - 'Offreren'
            kpis:
            -   name: Omzet
                unit: "%"
                target: 300_000
                actuals:
                    2026-W01: 1   # first week
                    2026-W02: 2

            # pace-disable-next-line PACE007
            -   name: Pipeline
                owner: bob
        -   name: Facturen innen
            owner: bob

        """;

    /// <summary>Lists and mappings on one line, a block text, an empty value, an item whose dash stands alone.</summary>
    internal const string OneLiners = """
        pace: 1
        organization: Flow B.V.
        title: |
          Two
          lines
        date:
        theme: {accent: '#336699'}
        journey: [Eerst, 'Dan']
        processes:
          -
            name: A
            owner: [ann, bob]
            kpis: [{name: K1, target: 5, actuals: {2026-01: 3, 2026-02: 4}}, {name: K2}]
        rules: {PACE016: off, pace001: info}

        """;

    private static Chart Read(string text) => ChartReader.Read(text, "style.pace.yaml").Chart ?? throw new AssertionException("does not load");

    private static string WriteAndReadBack(Chart edited)
    {
        var written = ChartWriter.Write(edited);
        Assert.That(ChartReader.Read(written).Chart, Is.EqualTo(edited), written);
        return written;
    }

    [Test]
    public void New_items_and_keys_are_indented_as_the_file_indents()
    {
        var chart = Read(FourSpaces);
        var edited = chart
            .WithProcessAdded(new CoreProcess { Name = "Nieuw", Owners = ["ann"], Kpis = [new Kpi { Name = "K", Actuals = [new Actual(Period.Month(2026, 1), 3)] }] })
            .WithKpi("Van lead naar deal", "Pipeline", k => k with { Unit = "EUR" })
            .WithActual("Van lead naar deal", "Omzet", Period.Week(2026, 3), 3);

        Assert.That(WriteAndReadBack(edited), Is.EqualTo("""
            # yaml-language-server: $schema=../schema/pace.schema.json
            pace: 1
            organization: 'Quoted & Co'   # the legal name
            title: "Double quoted"
            people:
            -   id: ann
                name: Ann
            -   id: bob
            processes:
            -   name: Van lead naar deal
                # the flow from first contact to signature
                owner: ann
                steps:
                - Bellen
                - 'Offreren'
                kpis:
                -   name: Omzet
                    unit: "%"
                    target: 300_000
                    actuals:
                        2026-W01: 1   # first week
                        2026-W02: 2
                        2026-W03: 3

                # pace-disable-next-line PACE007
                -   name: Pipeline
                    unit: EUR
                    owner: bob
            -   name: Facturen innen
                owner: bob
            -   name: Nieuw
                owner: ann
                kpis:
                -   name: K
                    actuals:
                        2026-01: 3

            """));
    }

    [Test]
    public void An_edited_text_keeps_its_quotes_where_they_hold_it()
    {
        var chart = Read(FourSpaces);
        var edited = chart with { Organization = "It's ours", Title = "yes" }; // single quotes hold "It's"; double quotes hold anything
        var renamed = edited.WithKpi("Van lead naar deal", "Omzet", k => k with { Unit = "EUR", Name = "no" });

        var lines = WriteAndReadBack(renamed).Split('\n');

        Assert.That(lines[2], Is.EqualTo("organization: 'It''s ours'   # the legal name"));
        Assert.That(lines[3], Is.EqualTo("title: \"yes\""));
        Assert.That(lines[16], Is.EqualTo("    -   name: 'no'"), "a plain text that would read as another type is quoted");
        Assert.That(lines[17], Is.EqualTo("        unit: \"EUR\""));
    }

    [Test]
    public void Removed_items_take_their_lines_and_their_suppressions_with_them()
    {
        var chart = Read(FourSpaces);
        var edited = chart
            .WithProcess("Van lead naar deal", p => p with { Kpis = [p.Kpis[0] with { Actuals = [p.Kpis[0].Actuals[1]], Unit = null }], Steps = [ProcessStep.Named("Bellen")] })
            with { Title = null, People = [chart.People![0]] };

        Assert.That(WriteAndReadBack(edited), Is.EqualTo("""
            # yaml-language-server: $schema=../schema/pace.schema.json
            pace: 1
            organization: 'Quoted & Co'   # the legal name
            people:
            -   id: ann
                name: Ann
            processes:
            -   name: Van lead naar deal
                # the flow from first contact to signature
                owner: ann
                steps:
                - Bellen
                kpis:
                -   name: Omzet
                    target: 300_000
                    actuals:
                        2026-W02: 2

            -   name: Facturen innen
                owner: bob

            """));
    }

    [Test]
    public void One_line_lists_and_mappings_are_edited_inside_their_brackets()
    {
        var chart = Read(OneLiners);
        var edited = chart
            .WithKpiTarget("A", "K2", 7)
            .WithActual("A", "K1", Period.Month(2026, 3), 5)
            .WithPersonRenamed("bob", "bram")
            with { Journey = ["Eerst", "Dan", "Tot slot, dit"], Theme = chart.Theme! with { Logo = "logo.png" }, Rules = [chart.Rules[1]] };

        Assert.That(WriteAndReadBack(edited), Is.EqualTo("""
            pace: 1
            organization: Flow B.V.
            title: |
              Two
              lines
            date:
            theme: {accent: '#336699', logo: logo.png}
            journey: [Eerst, 'Dan', 'Tot slot, dit']
            processes:
              -
                name: A
                owner: [ann, bram]
                kpis: [{name: K1, target: 5, actuals: {2026-01: 3, 2026-02: 4, 2026-03: 5}}, {name: K2, target: 7}]
            rules: {pace001: info}

            """));
    }

    [Test]
    public void A_block_text_and_an_empty_value_are_replaced_on_their_own_lines()
    {
        var chart = Read(OneLiners);
        var written = WriteAndReadBack(chart with { Title = "One line", Date = new DateOnly(2026, 11, 1) });
        Assert.That(written, Does.StartWith("pace: 1\norganization: Flow B.V.\ntitle: One line\ndate: 2026-11-01\ntheme: {accent: '#336699'}\n"));
    }

    [Test]
    public void Windows_line_ends_and_a_byte_order_mark_are_kept()
    {
        var text = "\uFEFF" + FourSpaces.Replace("\n", "\r\n", StringComparison.Ordinal);
        var chart = Read(text);
        Assert.That(ChartWriter.Write(chart), Is.EqualTo(text), "unchanged: the same text");

        var written = WriteAndReadBack(chart.WithActual("Van lead naar deal", "Omzet", Period.Week(2026, 3), 3));
        Assert.That(written, Is.EqualTo(text.Replace("2026-W02: 2\r\n", "2026-W02: 2\r\n            2026-W03: 3\r\n", StringComparison.Ordinal)));
    }

    [Test]
    public void A_last_line_without_a_line_end_gets_one_before_a_new_line()
    {
        var text = "pace: 1\norganization: X\nprocesses:\n  - name: A";
        var written = WriteAndReadBack(Read(text).WithProcessAdded(new CoreProcess { Name = "B" }));
        Assert.That(written, Is.EqualTo("pace: 1\norganization: X\nprocesses:\n  - name: A\n  - name: B"));
    }

    [Test]
    public void A_text_with_anchors_is_written_anew_and_still_reads_back_as_the_edit()
    {
        var text = "pace: 1\norganization: &org X # a comment\ntitle: *org\nprocesses: []\n";
        var written = WriteAndReadBack(Read(text).WithProcessAdded(new CoreProcess { Name = "B" }));
        Assert.That(written, Does.Not.Contain("# a comment"));
    }

    [Test]
    public void A_chart_without_its_source_is_written_anew()
    {
        var chart = Read(FourSpaces);
        Assert.That(ChartWriter.Write(chart with { Source = null }), Does.StartWith("pace: 1\norganization: Quoted & Co\n"));
    }

    [Test]
    public void Writing_to_a_text_writer_edits_as_well()
    {
        var chart = Read(FourSpaces);
        using var writer = new StringWriter();
        ChartWriter.Write(chart, writer);
        Assert.That(writer.ToString(), Is.EqualTo(FourSpaces));
        Assert.That(Encoding.UTF8.GetByteCount(writer.ToString()), Is.EqualTo(Encoding.UTF8.GetByteCount(FourSpaces)));
    }
}
