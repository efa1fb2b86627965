using Pace.Rendering.Layout;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// The document's structure tree (ISO 32000-1 §14.7, PDF/UA-1 §7): a Document element holding every page's nodes in
/// reading order, each as a structure element of a standard type with its marked content (MCIDs) and children; the
/// parent tree that leads from each MCID back to its element; header cells with their scope, figures with their words.
/// Page furniture is not in the tree: it is marked as artifacts (<see cref="PdfMarks"/>).
/// </summary>
internal sealed class PdfStructure
{
    private readonly List<(int Page, PdfMarks Marks)> _pages = [];

    /// <summary>The structure type of a role (ISO 32000-1 §14.8.4).</summary>
    public static string Type(Role role) => role switch
    {
        Role.Heading1 => "H1",
        Role.Heading2 => "H2",
        Role.Heading3 => "H3",
        Role.List => "L",
        Role.ListItem => "LI",
        Role.Table => "Table",
        Role.TableRow => "TR",
        Role.HeaderCell => "TH",
        Role.Cell => "TD",
        Role.Figure => "Figure",
        Role.Section => "Sect",
        _ => "P",
    };

    /// <summary>The tag of a node's marked content: its type, but a list item's content is its body.</summary>
    public static string ContentTag(Role role) => role == Role.ListItem ? "LBody" : Type(role);

    /// <summary>Adds a page: its object number (its index here is its /StructParents) and its marks.</summary>
    public int Add(int page, PdfMarks marks)
    {
        _pages.Add((page, marks));
        return _pages.Count - 1;
    }

    /// <summary>Writes the tree and the parent tree; returns the number of the structure tree root.</summary>
    public int Write(PdfFileWriter file)
    {
        var root = file.Reserve();
        var document = file.Reserve();
        var places = new Dictionary<StructureNode, Place>(ReferenceEqualityComparer.Instance);
        // Two buffers for the whole tree, not strings per element: a tagged 8-page chart has hundreds of elements.
        using var sb = new PdfBuffer(4096);
        using var kids = new PdfBuffer(1024);
        sb.Append("<</S /Document /P "u8).Append(root).Append(" 0 R /K ["u8);
        foreach (var (page, marks) in _pages)
        {
            foreach (var node in marks.Page.Nodes)
            {
                if (!node.IsFurniture)
                {
                    Number(node, page, file, places);
                    sb.Append(places[node].Number).Append(" 0 R "u8);
                }
            }
        }

        file.Object(document, sb.Append("]>>"u8));
        foreach (var (_, marks) in _pages)
        {
            foreach (var node in marks.Page.Nodes)
            {
                if (!node.IsFurniture)
                {
                    Element(node, document, marks, file, places, sb, kids);
                }
            }
        }

        sb.Clear();
        sb.Append("<</Nums ["u8);
        for (var i = 0; i < _pages.Count; i++)
        {
            sb.Append(i).Append(" ["u8);
            foreach (var node in _pages[i].Marks.Marked)
            {
                sb.Append(places[node].Owner).Append(" 0 R "u8);
            }

            sb.Append("] "u8);
        }

        var parentTree = file.Reserve();
        file.Object(parentTree, sb.Append("]>>"u8));
        file.Object(root, $"<</Type /StructTreeRoot /K {document} 0 R /ParentTree {parentTree} 0 R /ParentTreeNextKey {_pages.Count}>>");
        return root;
    }

    /// <summary>
    /// Numbers a node and its children, and notes which element owns the node's marked content — the node itself, but a
    /// list item's body (LBody) for a list item — and the page it is on.
    /// </summary>
    private static void Number(StructureNode node, int page, PdfFileWriter file, Dictionary<StructureNode, Place> places)
    {
        var number = file.Reserve();
        places[node] = new Place(number, node.Role == Role.ListItem ? file.Reserve() : number, page);
        foreach (var item in node.Items)
        {
            if (item.Node is { } child)
            {
                Number(child, page, file, places);
            }
        }
    }

    /// <summary>Writes a node and, depth first, its children; <paramref name="sb"/> and <paramref name="kids"/> are scratch, reused by every node.</summary>
    private static void Element(StructureNode node, int parent, PdfMarks marks, PdfFileWriter file, Dictionary<StructureNode, Place> places, PdfBuffer sb, PdfBuffer kids)
    {
        // Kids in reading order: the node's own marked content (consecutive elements share an MCID) and its children.
        var place = places[node];
        kids.Clear();
        var last = -1;
        var hasContent = false;
        foreach (var item in node.Items)
        {
            if (item.Node is { } child)
            {
                kids.Append(places[child].Number).Append(" 0 R "u8);
                last = -1;
            }
            else if (marks.McidOf(item.Index) is var mcid and >= 0 && mcid != last)
            {
                kids.Append(mcid).Append(' ');
                last = mcid;
                hasContent = true;
            }
        }

        kids.TrimEnd();
        if (node.Role == Role.ListItem)
        {
            // A list item's content is its body (LBody), a structure element of its own.
            sb.Clear();
            sb.Append("<</S /LBody /P "u8).Append(place.Number).Append(" 0 R /Pg "u8).Append(place.Page).Append(" 0 R /K ["u8).Append(kids.Span).Append("]>>"u8);
            file.Object(place.Owner, sb);
            kids.Clear();
            kids.Append(place.Owner).Append(" 0 R"u8);
            hasContent = false;
        }

        sb.Clear();
        sb.Append("<</S /"u8).Append(Type(node.Role)).Append(" /P "u8).Append(parent).Append(" 0 R"u8);
        if (hasContent)
        {
            sb.Append(" /Pg "u8).Append(place.Page).Append(" 0 R"u8);
        }

        if (node.Role == Role.HeaderCell)
        {
            sb.Append(" /A <</O /Table /Scope /"u8).Append(node.Scope == HeaderScope.Row ? "Row"u8 : "Column"u8);
            if (node.ColumnSpan > 1)
            {
                sb.Append(" /ColSpan "u8).Append(node.ColumnSpan);
            }

            sb.Append(">>"u8);
        }

        if (node.Alt is { } alt)
        {
            sb.Append(" /Alt "u8).Append(PdfSyntax.Text(PdfSyntax.Bounded(alt)));
        }

        if (kids.Length > 0)
        {
            sb.Append(" /K ["u8).Append(kids.Span).Append(']');
        }

        file.Object(place.Number, sb.Append(">>"u8));
        foreach (var item in node.Items)
        {
            if (item.Node is { } child)
            {
                Element(child, place.Number, marks, file, places, sb, kids);
            }
        }
    }

    /// <summary>Where a node is written: its object, the object that owns its marked content, its page's object.</summary>
    private readonly record struct Place(int Number, int Owner, int Page);
}
