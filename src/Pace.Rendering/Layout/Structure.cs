namespace Pace.Rendering.Layout;

/// <summary>
/// What a part of a page is to a reader, whatever the format: a heading, a table cell, a figure that says something.
/// The roles are the common vocabulary of document structure (HTML, ARIA and tagged PDF share them); painters map
/// them to their own (the PDF's structure tree, an SVG's roles). Page furniture is drawn but not read as content.
/// </summary>
internal enum Role
{
    /// <summary>The page header repeated on later pages: furniture, not content.</summary>
    PageHeader,

    /// <summary>The page footer (rule-check result, legend, page number): furniture, not content.</summary>
    PageFooter,

    /// <summary>The document's heading: organisation and title.</summary>
    Heading1,

    /// <summary>A section heading: people and focus, trends, findings.</summary>
    Heading2,

    /// <summary>A heading inside a section: a trends card's KPI.</summary>
    Heading3,

    /// <summary>A paragraph of text.</summary>
    Paragraph,

    /// <summary>A list (the customer journey).</summary>
    List,

    /// <summary>One item of a list.</summary>
    ListItem,

    /// <summary>A table (the process grid, the people, the findings).</summary>
    Table,

    /// <summary>A row of a table.</summary>
    TableRow,

    /// <summary>A header cell; see <see cref="StructureNode.Scope"/>.</summary>
    HeaderCell,

    /// <summary>A data cell.</summary>
    Cell,

    /// <summary>A picture that says something (a status mark, a sparkline, the logo); <see cref="StructureNode.Alt"/> says it in words.</summary>
    Figure,

    /// <summary>A group of related content (a trends card).</summary>
    Section,
}

/// <summary>Which cells a header cell heads.</summary>
internal enum HeaderScope
{
    /// <summary>The cells below it.</summary>
    Column,

    /// <summary>The cells beside it.</summary>
    Row,
}

/// <summary>One item of a node, in reading order: a child node or a placed element that is the node's content.</summary>
/// <param name="Node">The child node, or <see langword="null"/>.</param>
/// <param name="Content">The element, or <see langword="null"/>.</param>
/// <param name="Index">For content: the element's place in its page's drawing order.</param>
internal readonly record struct StructureItem(StructureNode? Node, Element? Content, int Index = -1);

/// <summary>
/// A node of a page's reading structure: its role, and its children and content in reading order, which need not be
/// drawing order (a status mark is drawn before the target it qualifies and read after the KPI's name). Elements that
/// belong to no node are decoration: drawn, never read.
/// </summary>
internal sealed class StructureNode
{
    private readonly List<StructureItem> _items = [];

    /// <summary>A node with its role and, for figures and header cells, what they need besides.</summary>
    public StructureNode(Role role, string? alt = null, HeaderScope scope = HeaderScope.Column, int columnSpan = 1)
    {
        Role = role;
        Alt = alt;
        Scope = scope;
        ColumnSpan = columnSpan;
    }

    /// <summary>What the node is.</summary>
    public Role Role { get; }

    /// <summary>For a figure: what it says, in the chart's language.</summary>
    public string? Alt { get; }

    /// <summary>For a header cell: what it heads.</summary>
    public HeaderScope Scope { get; }

    /// <summary>For a cell: how many columns it spans.</summary>
    public int ColumnSpan { get; }

    /// <summary>Child nodes and content, in reading order.</summary>
    public IReadOnlyList<StructureItem> Items => _items;

    /// <summary>Whether the node is page furniture (header or footer) rather than content.</summary>
    public bool IsFurniture => Role is Role.PageHeader or Role.PageFooter;

    /// <summary>Every node below this one, depth first, in reading order.</summary>
    public IEnumerable<StructureNode> Descendants()
    {
        foreach (var item in _items)
        {
            if (item.Node is { } child)
            {
                yield return child;
                foreach (var below in child.Descendants())
                {
                    yield return below;
                }
            }
        }
    }

    internal void Add(StructureItem item) => _items.Add(item);
}
