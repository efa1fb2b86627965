namespace Pace;

/// <summary>
/// Holds a value that a record's equality must not look at: every two of these are equal and hash alike. The parts of a
/// chart keep where they were written (<c>Source</c>) in one, so a chart read from a file equals the same chart built in
/// code, and a chart edited and written back reads back equal to the edit although its lines moved.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="value">The value.</param>
internal readonly struct IgnoredInEquality<T>(T value) : IEquatable<IgnoredInEquality<T>>
{
    /// <summary>The value.</summary>
    public T Value { get; } = value;

    /// <summary>Always <see langword="true"/>: the value is not compared.</summary>
    /// <param name="other">Another holder.</param>
    /// <returns><see langword="true"/>.</returns>
    public bool Equals(IgnoredInEquality<T> other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IgnoredInEquality<T>;

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <summary>The value's own text, so records print it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value?.ToString() ?? string.Empty;
}
