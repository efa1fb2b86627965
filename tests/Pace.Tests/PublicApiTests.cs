using System.Reflection;
using Pace.Rendering;

namespace Pace.Tests;

/// <summary>
/// The libraries' public API names no YamlDotNet or SkiaSharp type, so both can be upgraded or replaced without
/// breaking apps that reference Pace.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string[] Hidden = ["YamlDotNet", "SkiaSharp"];

    private static IEnumerable<Assembly> Libraries() => [typeof(Chart).Assembly, typeof(ChartRenderer).Assembly];

    [TestCaseSource(nameof(Libraries))]
    public void No_public_signature_mentions_a_dependency_type(Assembly library)
    {
        var leaks = new List<string>();
        foreach (var type in library.GetExportedTypes())
        {
            Check(type.BaseType, $"{type} base type");
            foreach (var face in type.GetInterfaces())
            {
                Check(face, $"{type} implements");
            }

            CheckGenericParameters(type.IsGenericTypeDefinition ? type.GetGenericArguments() : [], type.ToString());

            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(all))
            {
                var where = $"{type}.{member.Name}";
                switch (member)
                {
                    case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                        Check(f.FieldType, where);
                        break;
                    case PropertyInfo p when Visible(p.GetMethod) || Visible(p.SetMethod):
                        Check(p.PropertyType, where);
                        foreach (var index in p.GetIndexParameters())
                        {
                            Check(index.ParameterType, where);
                        }

                        break;
                    case EventInfo e when Visible(e.AddMethod):
                        Check(e.EventHandlerType, where);
                        break;
                    case MethodBase m when Visible(m):
                        if (m is MethodInfo method)
                        {
                            Check(method.ReturnType, where + " returns");
                            CheckGenericParameters(method.IsGenericMethodDefinition ? method.GetGenericArguments() : [], where);
                        }

                        foreach (var parameter in m.GetParameters())
                        {
                            Check(parameter.ParameterType, $"{where}({parameter.Name})");
                        }

                        break;
                }
            }
        }

        Assert.That(leaks, Is.Empty, $"{library.GetName().Name} exposes dependency types:\n" + string.Join("\n", leaks));

        void CheckGenericParameters(Type[] parameters, string where)
        {
            foreach (var parameter in parameters)
            {
                foreach (var constraint in parameter.GetGenericParameterConstraints())
                {
                    Check(constraint, $"{where} constraint on {parameter.Name}");
                }
            }
        }

        void Check(Type? type, string where)
        {
            foreach (var mentioned in Mentions(type))
            {
                if (Hidden.Any(h => mentioned.Assembly.GetName().Name!.StartsWith(h, StringComparison.Ordinal)))
                {
                    leaks.Add($"{where}: {mentioned}");
                }
            }
        }
    }

    [Test]
    public void The_check_sees_a_dependency_type_in_a_generic_argument()
    {
        var list = typeof(List<>).MakeGenericType(typeof(YamlDotNet.Core.Mark));
        Assert.That(Mentions(list.MakeArrayType()).Select(t => t.Assembly.GetName().Name), Does.Contain("YamlDotNet"));
    }

    private static bool Visible(MethodBase? method) => method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    /// <summary>The type and every type it is built from: element types, generic arguments, nested declaring types.</summary>
    private static IEnumerable<Type> Mentions(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Mentions(type.GetElementType()))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                foreach (var inner in Mentions(argument))
                {
                    yield return inner;
                }
            }
        }
    }
}
