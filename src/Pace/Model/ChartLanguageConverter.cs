using System.ComponentModel;
using System.Globalization;

namespace Pace;

/// <summary>Converts a language code to a <see cref="ChartLanguage"/> and back (for settings and test attributes).</summary>
public sealed class ChartLanguageConverter : TypeConverter
{
    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc/>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string code ? ChartLanguage.Parse(code) : base.ConvertFrom(context, culture, value);
}
