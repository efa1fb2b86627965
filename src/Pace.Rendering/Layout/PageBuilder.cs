using System.Collections;

namespace Pace.Rendering.Layout;

/// <summary>
/// A page being laid out: the elements in drawing order, and the reading structure they make. Layout code opens a
/// node (<see cref="Open"/>) around what belongs together — a heading, a table cell, a figure — and every element
/// added while it is open is that node's content; <see cref="Decorate"/> adds an element that is drawn but not read
/// (rules, backgrounds, number discs). Elements added with no node open are decoration too.
/// </summary>
internal sealed class PageBuilder : IEnumerable<Element>
{
    private readonly List<Element> _elements = [];
    private readonly List<StructureNode> _roots = [];
    private readonly Stack<StructureNode> _open = new();

    /// <summary>The elements, in drawing order.</summary>
    public IReadOnlyList<Element> Elements => _elements;

    /// <summary>The page's top-level nodes, in reading order.</summary>
    public IReadOnlyList<StructureNode> Structure => _roots;

    /// <summary>Adds an element: content of the open node, if any.</summary>
    public void Add(Element element)
    {
        _elements.Add(element);
        if (_open.TryPeek(out var node))
        {
            node.Add(new StructureItem(null, element, _elements.Count - 1));
        }
    }

    /// <summary>Adds an element that is drawn but not read, whatever node is open.</summary>
    public void Decorate(Element element) => _elements.Add(element);

    /// <summary>Opens a node inside the open one (or at the page's top level) until the returned scope is disposed.</summary>
    public Scope Open(Role role, string? alt = null, HeaderScope scope = HeaderScope.Column, int columnSpan = 1)
    {
        var node = new StructureNode(role, alt, scope, columnSpan);
        if (_open.TryPeek(out var parent))
        {
            parent.Add(new StructureItem(node, null));
        }
        else
        {
            _roots.Add(node);
        }

        _open.Push(node);
        return new Scope(this, node);
    }

    /// <summary>
    /// Opens a node again that was closed, until the returned scope is disposed: what is added now is drawn over
    /// everything before it, yet read as that node's content after what it already holds (a note drawn across a row's
    /// shaded cells that is read with the row's heading).
    /// </summary>
    public Scope Reopen(Scope closed)
    {
        _open.Push(closed.Node);
        return new Scope(this, closed.Node);
    }

    /// <summary>A figure of one element: the element, read as the words given.</summary>
    public void Figure(Element element, string alt)
    {
        using (Open(Role.Figure, alt))
        {
            Add(element);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<Element> GetEnumerator() => _elements.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Close(StructureNode node)
    {
        if (!_open.TryPeek(out var top) || !ReferenceEquals(top, node))
        {
            throw new InvalidOperationException($"Structure nodes must close in the order they opened ({node.Role}).");
        }

        _open.Pop();
    }

    /// <summary>An open node; disposing it closes the node.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly PageBuilder _page;
        private readonly StructureNode _node;

        internal Scope(PageBuilder page, StructureNode node)
        {
            _page = page;
            _node = node;
        }

        /// <summary>The node this scope opened.</summary>
        internal StructureNode Node => _node;

        /// <inheritdoc/>
        public void Dispose() => _page?.Close(_node);
    }
}
