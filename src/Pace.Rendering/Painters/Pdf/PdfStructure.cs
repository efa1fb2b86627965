using System.Globalization;
using System.Text;
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
        var numbers = new Dictionary<StructureNode, int>(ReferenceEqualityComparer.Instance);
        var owners = new Dictionary<StructureNode, int>(ReferenceEqualityComparer.Instance);
        var pageOf = new Dictionary<StructureNode, int>(ReferenceEqualityComparer.Instance);
        var mcids = new Dictionary<StructureNode, List<int>>(ReferenceEqualityComparer.Instance);
        var top = new List<StructureNode>();
        foreach (var (page, marks) in _pages)
        {
            foreach (var node in marks.Page.Nodes.Where(n => !n.IsFurniture))
            {
                top.Add(node);
                Number(node, page, file, numbers, owners, pageOf);
            }
        }

        file.Object(document, "<</S /Document /P " + root + " 0 R /K [" + Refs(top.Select(n => numbers[n])) + "]>>");
        foreach (var (page, marks) in _pages)
        {
            foreach (var node in marks.Page.Nodes.Where(n => !n.IsFurniture))
            {
                Element(node, document, marks, file, numbers, owners, pageOf);
            }
        }

        var parents = new StringBuilder("<</Nums [");
        for (var i = 0; i < _pages.Count; i++)
        {
            parents.Append(i).Append(" [").Append(Refs(_pages[i].Marks.Marked.Select(n => owners[n]))).Append("] ");
        }

        var parentTree = file.Reserve();
        file.Object(parentTree, parents.Append("]>>").ToString());
        file.Object(root, $"<</Type /StructTreeRoot /K {document} 0 R /ParentTree {parentTree} 0 R /ParentTreeNextKey {_pages.Count}>>");
        return root;
    }

    /// <summary>
    /// Numbers a node and its children, and notes which element owns the node's marked content: the node itself, but a
    /// list item's body (LBody) for a list item.
    /// </summary>
    private static void Number(StructureNode node, int page, PdfFileWriter file, Dictionary<StructureNode, int> numbers, Dictionary<StructureNode, int> owners, Dictionary<StructureNode, int> pageOf)
    {
        numbers[node] = file.Reserve();
        owners[node] = node.Role == Role.ListItem ? file.Reserve() : numbers[node];
        pageOf[node] = page;
        foreach (var child in node.Items.Select(i => i.Node).OfType<StructureNode>())
        {
            Number(child, page, file, numbers, owners, pageOf);
        }
    }

    /// <summary>Writes a node and, depth first, its children.</summary>
    private static void Element(StructureNode node, int parent, PdfMarks marks, PdfFileWriter file, Dictionary<StructureNode, int> numbers, Dictionary<StructureNode, int> owners, Dictionary<StructureNode, int> pageOf)
    {
        // Kids in reading order: the node's own marked content (consecutive elements share an MCID) and its children.
        var kids = new List<string>();
        var last = -1;
        foreach (var item in node.Items)
        {
            if (item.Node is { } child)
            {
                kids.Add(numbers[child] + " 0 R");
                last = -1;
            }
            else if (item.Content is { } element && marks.TryGetMcid(element, out var mcid) && mcid != last)
            {
                kids.Add(mcid.ToString(CultureInfo.InvariantCulture));
                last = mcid;
            }
        }

        var number = numbers[node];
        var hasContent = kids.Any(k => !k.EndsWith(" R", StringComparison.Ordinal));
        var sb = new StringBuilder("<</S /").Append(Type(node.Role)).Append(" /P ").Append(parent).Append(" 0 R");
        if (node.Role == Role.ListItem)
        {
            // A list item's content is its body (LBody), a structure element of its own.
            var body = owners[node];
            file.Object(body, $"<</S /LBody /P {number} 0 R /Pg {pageOf[node]} 0 R /K [{string.Join(' ', kids)}]>>");
            kids = [body + " 0 R"];
            hasContent = false;
        }

        if (hasContent)
        {
            sb.Append(" /Pg ").Append(pageOf[node]).Append(" 0 R");
        }

        if (node.Role == Role.HeaderCell)
        {
            sb.Append(" /A <</O /Table /Scope /").Append(node.Scope == HeaderScope.Row ? "Row" : "Column");
            sb.Append(node.ColumnSpan > 1 ? " /ColSpan " + node.ColumnSpan.ToString(CultureInfo.InvariantCulture) : string.Empty).Append(">>");
        }

        if (node.Alt is { } alt)
        {
            sb.Append(" /Alt ").Append(PdfSyntax.Text(PdfSyntax.Bounded(alt)));
        }

        if (kids.Count > 0)
        {
            sb.Append(" /K [").Append(string.Join(' ', kids)).Append(']');
        }

        file.Object(number, sb.Append(">>").ToString());
        foreach (var child in node.Items.Select(i => i.Node).OfType<StructureNode>())
        {
            Element(child, number, marks, file, numbers, owners, pageOf);
        }
    }

    private static string Refs(IEnumerable<int> numbers) => string.Join(' ', numbers.Select(n => n + " 0 R"));
}
