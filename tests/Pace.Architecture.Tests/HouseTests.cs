using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using ArchUnitNET.Loader;
using ArchUnitNET.NUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace Pace.Architecture.Tests;

/// <summary>
/// The arrows of the house point one way (README.md, "The house"): the model knows no format and no rule, the
/// diagnostics sit below the reader and the rules, analysis below validation, layout does no file I/O and runs no
/// validation, the PDF painter never touches SkiaSharp, and the libraries never reach the command line.
/// </summary>
public class HouseTests
{
    private static readonly System.Reflection.Assembly Command = System.Reflection.Assembly.Load("Pace.Cli");

    private static readonly ArchitectureModel House = new ArchLoader()
        .LoadAssemblies(typeof(Chart).Assembly, typeof(Rendering.ChartRenderer).Assembly, Command, typeof(SkiaSharp.SKCanvas).Assembly, typeof(System.CommandLine.Command).Assembly)
        .Build();

    private static GivenTypesConjunctionWithDescription Room(string folder) => Types().That().HaveFullNameMatching(Rooms.TypesIn(folder)).As(folder);

    private static GivenTypesConjunctionWithDescription Namespace(string name) => Types().That().ResideInNamespace(name).As(name);

    [Test]
    public void The_model_depends_on_nothing_else_of_Pace()
    {
        Types().That().Are(Room("Pace/Model")).Should().NotDependOnAny(
            Types().That().ResideInAssembly(typeof(Chart).Assembly).And().AreNot(Room("Pace/Model")).Or().ResideInAssembly(typeof(Rendering.ChartRenderer).Assembly))
            .Check(House);
    }

    [Test]
    public void Diagnostics_sit_below_the_reader_and_the_rules()
    {
        Types().That().Are(Room("Pace/Diagnostics")).Should().NotDependOnAny(
            Types().That().ResideInAssembly(typeof(Chart).Assembly)
                .And().AreNot(Room("Pace/Diagnostics")).And().AreNot(Room("Pace/Model")).And().AreNot(Room("Pace/Localization")))
            .Check(House);
    }

    [Test]
    public void The_reader_knows_no_rule_and_no_pipeline()
    {
        Types().That().Are(Room("Pace/Yaml")).Should().NotDependOnAny(
            Types().That().Are(Room("Pace/Validation")).Or().Are(Room("Pace/Analysis")).Or().Are(Room("Pace/Checking"))
                .Or().Are(Room("Pace/Configuration")).Or().Are(Room("Pace/Comparison")))
            .Check(House);
    }

    [Test]
    public void The_rules_know_no_file_format_and_no_pipeline()
    {
        Types().That().Are(Room("Pace/Validation")).Should().NotDependOnAny(
            Types().That().Are(Room("Pace/Yaml")).Or().Are(Room("Pace/Checking")).Or().Are(Room("Pace/Configuration")).Or().Are(Room("Pace/Files")))
            .Check(House);
    }

    [Test]
    public void Analysis_sits_below_validation()
    {
        Types().That().Are(Room("Pace/Analysis")).Should().NotDependOnAny(
            Types().That().Are(Room("Pace/Validation")).Or().Are(Room("Pace/Yaml")).Or().Are(Room("Pace/Checking")).Or().Are(Room("Pace/Configuration")))
            .Check(House);
    }

    [Test]
    public void Layout_does_no_file_io_and_runs_no_validation()
    {
        Types().That().Are(Namespace("Pace.Rendering.Layout")).Should()
            .NotDependOnAny(typeof(File), typeof(FileInfo), typeof(FileStream), typeof(Directory), typeof(DirectoryInfo), typeof(FileSystemInfo), typeof(RandomAccess))
            .AndShould().NotDependOnAny(Types().That().Are(Room("Pace/Files")).Or().Are(Room("Pace/Validation")).Or().Are(Room("Pace/Checking")).Or().Are(Room("Pace/Yaml")))
            .Check(House);
    }

    [Test]
    public void The_site_uses_the_layout_and_the_layout_never_reaches_the_site()
    {
        Types().That().Are(Namespace("Pace.Rendering.Layout")).Should().NotDependOnAny(Types().That().ResideInNamespace("Pace.Rendering.Site")).Check(House);
    }

    [Test]
    public void Of_the_site_only_its_writer_touches_files()
    {
        Types().That().Are(Namespace("Pace.Rendering.Site")).And().DoNotHaveNameContaining("SiteWriter").Should()
            .NotDependOnAny(typeof(File), typeof(FileInfo), typeof(FileStream), typeof(Directory), typeof(DirectoryInfo), typeof(FileSystemInfo), typeof(RandomAccess))
            .Check(House);
    }

    [Test]
    public void Layout_never_touches_SkiaSharp()
    {
        Types().That().Are(Namespace("Pace.Rendering.Layout")).Should().NotDependOnAny(Types().That().ResideInNamespace("SkiaSharp")).Check(House);
    }

    [Test]
    public void The_PDF_painter_never_touches_SkiaSharp()
    {
        // The PDF path must work where Skia's native library cannot load: the logo comes decoded from the check.
        Types().That().Are(Namespace("Pace.Rendering.Painters.Pdf")).Or().HaveFullName("Pace.Rendering.Painters.PdfPainter")
            .Should().NotDependOnAny(Types().That().ResideInNamespace("SkiaSharp")).Check(House);
    }

    [Test]
    public void Images_are_decoded_below_the_pipeline_without_files_or_rules()
    {
        Types().That().Are(Room("Pace/Imaging")).Should().NotDependOnAny(
            Types().That().Are(Room("Pace/Files")).Or().Are(Room("Pace/Checking")).Or().Are(Room("Pace/Validation")).Or().Are(Room("Pace/Yaml")))
            .AndShould().NotDependOnAny(typeof(File), typeof(FileInfo), typeof(FileStream), typeof(Directory))
            .Check(House);
    }

    [Test]
    public void The_libraries_never_reach_the_command_line()
    {
        Types().That().ResideInAssembly(typeof(Chart).Assembly).Or().ResideInAssembly(typeof(Rendering.ChartRenderer).Assembly)
            .Should().NotDependOnAny(Types().That().ResideInAssembly(Command).Or().ResideInNamespace("System.CommandLine"))
            .Check(House);
    }

    [Test]
    public void The_core_library_never_reaches_rendering()
    {
        Types().That().ResideInAssembly(typeof(Chart).Assembly).Should().NotDependOnAny(Types().That().ResideInAssembly(typeof(Rendering.ChartRenderer).Assembly)).Check(House);
    }

    [Test]
    public void Every_room_declares_types()
    {
        foreach (var room in new[] { "Pace/Model", "Pace/Diagnostics", "Pace/Localization", "Pace/Yaml", "Pace/Validation", "Pace/Analysis", "Pace/Checking", "Pace/Files", "Pace/Configuration", "Pace/Imaging" })
        {
            Assert.That(Rooms.DeclaredTypes(room), Is.Not.Empty, room);
        }
    }
}
