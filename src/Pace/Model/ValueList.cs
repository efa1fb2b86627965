using System.Collections;

namespace Pace;

/// <summary>
/// An immutable list that is equal to another with the same items in the same order, and hashes alike. The records of
/// the model store every list as one (their properties still say <see cref="IReadOnlyList{T}"/>), so that the
/// compiler-made equality of a record compares lists by content: two charts read from the same file are equal.
/// Storing a copy also keeps a record from changing when the caller later changes the list it was given.
/// </summary>
/// <typeparam name="T">The item type; items are compared with their own equality.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;
    private int _hash;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The items as a value list: the list itself when it is one already, else a copy.</summary>
    /// <param name="items">The items.</param>
    /// <returns>A value list with the items in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items switch
        {
            ValueList<T> list => list,
            ICollection<T> { Count: 0 } => Empty,
            _ => new([.. items]),
        };
    }

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        ReferenceEquals(this, other)
        || (other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // The items are immutable records and values, so the hash is computed once. 0 stands for "not yet".
        if (_hash == 0)
        {
            var hash = new HashCode();
            hash.Add(_items.Length);
            foreach (var item in _items)
            {
                hash.Add(item);
            }

            _hash = hash.ToHashCode() is var h && h == 0 ? 1 : h;
        }

        return _hash;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The items, as a record prints them: <c>[a, b]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

/// <summary>Makes <see cref="ValueList{T}"/>s for the init accessors of records.</summary>
internal static class ValueList
{
    /// <summary>The items as a value list, or <see langword="null"/> for none (an optional list that is absent).</summary>
    /// <param name="items">The items, or <see langword="null"/>.</param>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The value list, or <see langword="null"/>.</returns>
    public static ValueList<T>? FromOptional<T>(IEnumerable<T>? items) => items is null ? null : ValueList<T>.From(items);
}
