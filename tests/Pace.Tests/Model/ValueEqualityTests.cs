using System.Collections;
using System.Globalization;
using System.Reflection;
using Pace.Validation;

namespace Pace.Tests.Model;

/// <summary>
/// Every public record of the Pace assembly is a value, checked by reflection so a new record — or a list property
/// that goes back to a plain <c>List</c> — cannot slip through (after NodaTime's MutabilityTest): two instances built
/// independently from equal values are equal and hash alike; changing any one value makes them unequal, except where a
/// part of a chart was written (<c>Source</c>), which is not compared; and changing a list after handing it over does
/// not change the record.
/// </summary>
public sealed class ValueEqualityTests
{
    /// <summary>Records that are not values, with the reason.</summary>
    private static readonly Dictionary<Type, string> NotValues = new()
    {
        [typeof(ValidationOptions)] = "an options bag holding the caller's dictionaries (looked up case-insensitively); compared by reference",
        [typeof(LanguageDefinition)] = "holds the caller's dictionary of templates (copied when added); SaysTheSameAs compares what it says",
        [typeof(CheckOptions)] = "an options bag holding the caller's dictionary of rule levels and a validator; compared by reference",
    };

    private static IEnumerable<Type> Records() =>
        typeof(Chart).Assembly.GetExportedTypes()
            .Where(t => t.GetMethod("<Clone>$") is not null && !NotValues.ContainsKey(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>The types that make up a chart: reachable from <see cref="Chart"/> through properties and list items.</summary>
    private static readonly HashSet<Type> ChartParts = PartsOf(typeof(Chart));

    [Test]
    public void The_records_are_found() =>
        Assert.That(Records(), Is.SupersetOf(new[] { typeof(Chart), typeof(CoreProcess), typeof(Kpi), typeof(Person), typeof(Actual), typeof(Theme), typeof(RuleSetting), typeof(SourceSpan), typeof(Diagnostic), typeof(Suppression) }));

    [TestCaseSource(nameof(Records))]
    public void Equal_values_make_equal_records(Type type)
    {
        var a = new Maker().Make(type);
        var b = new Maker().Make(type);
        Assert.That(a, Is.Not.SameAs(b));
        Assert.That(a.Equals(b), Is.True, $"two {type.Name}s built from equal values are unequal:\n{a}\n{b}");
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()), $"two equal {type.Name}s hash differently");
        var equality = type.GetMethod("op_Equality", [type, type]);
        Assert.That(equality?.Invoke(null, [a, b]), Is.True, $"{type.Name} == {type.Name}");
    }

    [TestCaseSource(nameof(Records))]
    public void Each_value_counts_and_where_it_was_written_does_not(Type type)
    {
        var a = new Maker().Make(type);
        foreach (var member in Maker.Members(type))
        {
            var b = new Maker().Make(type, vary: member);
            if (IsWhereWritten(type, member))
            {
                Assert.That(a.Equals(b), Is.True, $"{type.Name}.{member} is where the part was written: not compared");
                Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()), $"{type.Name}.{member} must not change the hash");
            }
            else
            {
                Assert.That(a.Equals(b), Is.False, $"{type.Name}s that differ in {member} are equal");
            }
        }
    }

    [TestCaseSource(nameof(Records))]
    public void Changing_a_list_after_handing_it_over_does_not_change_the_record(Type type)
    {
        var maker = new Maker();
        var a = maker.Make(type);
        foreach (var list in maker.Lists.Where(l => l.Count > 0))
        {
            // (a list the maker left empty at its depth limit has no item to repeat, and a list of numbers takes no null)
            var item = list[0];
            list.Clear();
            list.Add(item);
            list.Add(item);
        }

        Assert.That(a.Equals(new Maker().Make(type)), Is.True, $"a {type.Name} changed with a list it was given");
    }

    [Test]
    public void Two_charts_read_from_the_same_text_are_equal()
    {
        var text = File.ReadAllText(Robustness.Outcome.ExampleFiles().First());
        var a = Pace.Yaml.ChartReader.Read(text, "a.pace.yaml").Chart!;
        var b = Pace.Yaml.ChartReader.Read(text, "a.pace.yaml").Chart!;
        Assert.That(a == b, Is.True);
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That(a.Source, Is.EqualTo(b.Source), "the source maps are equal too");
        Assert.That(a with { Source = null }, Is.EqualTo(b), "a chart does not compare where it was written");
        Assert.That(a with { Title = a.Title + "!" }, Is.Not.EqualTo(b));
    }

    [Test]
    public void Diagnostics_compare_their_arguments_by_content()
    {
        var a = new Diagnostic("PACE002", Severity.Error, "{process} {count}", new List<MessageArgument> { new("process", "Sales"), new("count", 2) }, "processes[0]", SourceSpan.At("c.pace.yaml", 3, 5));
        var b = new Diagnostic("PACE002", Severity.Error, "{process} {count}", new MessageArgument[] { new("process", "Sales"), new("count", 2) }, "processes[0]", SourceSpan.At("c.pace.yaml", 3, 5));
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
    }

    private static bool IsWhereWritten(Type type, string member) =>
        member == "Source" && (ChartParts.Contains(type) || type == typeof(Pace.Validation.TeamCheck));

    private static HashSet<Type> PartsOf(Type root)
    {
        var found = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out var type))
        {
            if (type.Assembly != typeof(Chart).Assembly || type.IsEnum || !found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                queue.Enqueue(t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : t);
            }
        }

        return found;
    }

    /// <summary>
    /// Builds instances by reflection: the widest public constructor, then every public init property that the
    /// constructor did not set, each from a sample value of its type. Every list is a new <see cref="List{T}"/>, so a
    /// record that compares lists by reference is caught.
    /// </summary>
    private sealed class Maker
    {
        /// <summary>The lists handed to the instances built.</summary>
        public List<IList> Lists { get; } = [];

        /// <summary>The constructor parameters, then the init properties the constructor does not set.</summary>
        public static IEnumerable<string> Members(Type type)
        {
            var parameters = Constructor(type).GetParameters().Select(p => p.Name!).ToList();
            return parameters.Concat(InitProperties(type).Select(p => p.Name).Where(n => !parameters.Contains(n, StringComparer.OrdinalIgnoreCase)));
        }

        /// <summary>An instance from the usual sample values, or with another value for the member <paramref name="vary"/>.</summary>
        public object Make(Type type, string? vary = null, int depth = 0)
        {
            var constructor = Constructor(type);
            var parameters = constructor.GetParameters();
            var instance = constructor.Invoke([.. parameters.Select(p => Sample(p.ParameterType, p.Name == vary, depth))]);
            foreach (var property in InitProperties(type).Where(p => !parameters.Any(c => string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            {
                property.SetValue(instance, Sample(property.PropertyType, property.Name == vary, depth));
            }

            return instance;
        }

        private static ConstructorInfo Constructor(Type type) =>
            type.GetConstructors().Where(c => !c.GetParameters().Any(p => p.ParameterType == type)).OrderByDescending(c => c.GetParameters().Length).First();

        private static IEnumerable<PropertyInfo> InitProperties(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);

        private object? Sample(Type type, bool other, int depth)
        {
            var n = other ? 1 : 0;
            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                return Sample(inner, other, depth);
            }

            if (type.IsEnum)
            {
                var values = Enum.GetValues(type);
                return values.GetValue((values.Length - 1 + n) % values.Length);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() is var generic
                && (generic == typeof(IReadOnlyList<>) || generic == typeof(IReadOnlyCollection<>) || generic == typeof(IEnumerable<>)))
            {
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type.GetGenericArguments()))!;
                if (depth < 6)
                {
                    // A record that holds a list of itself (a breakdown's parts) ends in an empty list.
                    list.Add(Sample(type.GetGenericArguments()[0], other, depth + 1));
                }

                Lists.Add(list);
                return list;
            }

            return type switch
            {
                _ when type == typeof(string) => other ? "b" : "a",
                _ when type == typeof(object) => other ? "y" : "x",
                _ when type == typeof(int) => 3 + n,
                _ when type == typeof(long) => 3L + n,
                _ when type == typeof(decimal) => 2.5m + n,
                _ when type == typeof(bool) => other,
                _ when type == typeof(DateOnly) => new DateOnly(2026, 11, 1 + n),
                _ when type == typeof(Period) => Period.Week(2026, 40 + n),
                _ when type == typeof(ChartLanguage) => other ? ChartLanguage.Dutch : ChartLanguage.English,
                _ when type == typeof(RuleCode) => RuleCode.Parse(other ? "PACE002" : "PACE001"),
                _ when type == typeof(SourceMap) => new SourceMap(
                    SourceSpan.At("c.pace.yaml", 2 + n, 3),
                    [KeyValuePair.Create("name", SourceSpan.At("c.pace.yaml", 2 + n, 3))],
                    [KeyValuePair.Create("name", SourceSpan.At("c.pace.yaml", 2 + n, 9))]),
                _ when depth < 16 && type.Assembly == typeof(Chart).Assembly =>
                    Make(type, other ? Members(type).First(m => !IsWhereWritten(type, m)) : null, depth + 1),
                _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"no sample for {type}")),
            };
        }
    }
}
