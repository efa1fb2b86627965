using Pace.Rendering.Layout;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// Marks one page's content for the structure tree (ISO 32000-1 §14.6–14.8): every run of elements that belongs to the
/// same structure node is one marked-content sequence with its own MCID; page furniture is a pagination artifact and
/// everything else (rules, backgrounds, discs) a layout artifact, so no drawing is left unmarked (PDF/UA-1 §7.1).
/// Elements are known by their place in the page's drawing order (<see cref="StructureItem.Index"/>): arrays, not
/// hash tables, since a page has hundreds of them.
/// </summary>
internal sealed class PdfMarks
{
    private readonly StructureNode?[] _owners;
    private readonly int[] _mcids;
    private readonly List<StructureNode> _marked = [];
    private StructureNode? _open;
    private bool _inSequence;

    /// <summary>The marks of a page, from its structure.</summary>
    public PdfMarks(LayoutPage page)
    {
        Page = page;
        _owners = new StructureNode?[page.Elements.Count];
        _mcids = new int[page.Elements.Count];
        Array.Fill(_mcids, -1);
        foreach (var node in page.Nodes)
        {
            Own(node, node);
        }
    }

    /// <summary>The page.</summary>
    public LayoutPage Page { get; }

    /// <summary>The node each MCID marks, in MCID order: the page's entry in the parent tree.</summary>
    public IReadOnlyList<StructureNode> Marked => _marked;

    /// <summary>The MCID the element at a place in the drawing order was marked with; −1 for artifacts.</summary>
    public int McidOf(int index) => index >= 0 && index < _mcids.Length ? _mcids[index] : -1;

    /// <summary>Opens the marked-content sequence the element at a place in the drawing order belongs to, closing the one before when it differs.</summary>
    public void Before(int index, PdfBuffer ops)
    {
        var owner = _owners[index];
        if (_inSequence && ReferenceEquals(owner, _open))
        {
            if (owner is { IsFurniture: false })
            {
                _mcids[index] = _marked.Count - 1;
            }

            return;
        }

        End(ops);
        _open = owner;
        _inSequence = true;
        switch (owner)
        {
            case null:
                ops.Append("/Artifact BMC\n"u8);
                break;
            case { IsFurniture: true }:
                ops.Append("/Artifact <</Type /Pagination /Subtype /"u8).Append(owner.Role == Role.PageHeader ? "Header"u8 : "Footer"u8).Append(">> BDC\n"u8);
                break;
            default:
                _mcids[index] = _marked.Count;
                ops.Append('/').Append(PdfStructure.ContentTag(owner.Role)).Append(" <</MCID "u8)
                   .Append(_marked.Count).Append(">> BDC\n"u8);
                _marked.Add(owner);
                break;
        }
    }

    /// <summary>Closes the open sequence, if any; call once more after the last element.</summary>
    public void End(PdfBuffer ops)
    {
        if (_inSequence)
        {
            ops.Append("EMC\n"u8);
            _inSequence = false;
            _open = null;
        }
    }

    /// <summary>Records which node owns each element: its own node, or for furniture the furniture node around it.</summary>
    private void Own(StructureNode node, StructureNode top)
    {
        var owner = top.IsFurniture ? top : node;
        foreach (var item in node.Items)
        {
            if (item.Node is { } child)
            {
                Own(child, top);
            }
            else if (item.Index >= 0 && item.Index < _owners.Length)
            {
                _owners[item.Index] = owner;
            }
        }
    }
}
