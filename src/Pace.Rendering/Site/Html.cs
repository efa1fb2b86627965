using System.Text;

namespace Pace.Rendering.Site;

/// <summary>
/// Writes an HTML document element by element. Tag and attribute names come from Pace's code only; every text and
/// attribute value goes through <see cref="HtmlText"/>, so no chart text can open an element. Elements close in
/// order (<see cref="Scope"/>), and a document that ends with an element still open is a bug: <see cref="ToString"/>
/// throws.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _sb = new(16 * 1024);
    private readonly Stack<string> _open = new();

    /// <summary>An attribute: a name from code, a value from anywhere (escaped); a <see langword="null"/> value leaves it out.</summary>
    public readonly record struct Attr(string Name, string? Value)
    {
        /// <summary>An attribute from a name and value.</summary>
        public static implicit operator Attr((string Name, string? Value) pair) => new(pair.Name, pair.Value);
    }

    /// <summary>Closes the element it was opened with.</summary>
    public readonly struct Scope(Html html, string tag) : IDisposable
    {
        /// <inheritdoc/>
        public void Dispose() => html.Close(tag);
    }

    /// <summary>Opens an element; dispose the scope to close it.</summary>
    public Scope Open(string tag, params ReadOnlySpan<Attr> attributes)
    {
        Start(tag, attributes);
        _open.Push(tag);
        return new Scope(this, tag);
    }

    /// <summary>An element with text content: <c>&lt;tag&gt;text&lt;/tag&gt;</c>.</summary>
    public Html Element(string tag, string? text, params ReadOnlySpan<Attr> attributes)
    {
        Start(tag, attributes);
        HtmlText.Append(_sb, text);
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A table's head: one row of column headers (<c>th scope="col"</c>), in order.</summary>
    public Html ColumnHeads(params ReadOnlySpan<string> headings)
    {
        using (Open("thead"))
        using (Open("tr"))
        {
            foreach (var heading in headings)
            {
                Element("th", heading, ("scope", "col"));
            }
        }

        return this;
    }

    /// <summary>A void element (meta, link, img): no content, no end tag.</summary>
    public Html Void(string tag, params ReadOnlySpan<Attr> attributes)
    {
        Start(tag, attributes);
        return this;
    }

    /// <summary>Text content, escaped.</summary>
    public Html Text(string? text)
    {
        HtmlText.Append(_sb, text);
        return this;
    }

    /// <summary>Markup Pace made itself (an inline SVG from <see cref="InlineSvg"/>, whose texts it escaped).</summary>
    public Html Trusted(TrustedMarkup markup)
    {
        _sb.Append(markup.Value);
        return this;
    }

    /// <summary>A line break in the source, so pages diff and read well; browsers ignore it between elements.</summary>
    public Html Line()
    {
        _sb.Append('\n');
        return this;
    }

    /// <summary>The document; throws when an element is still open.</summary>
    public override string ToString() =>
        _open.Count == 0 ? _sb.ToString() : throw new InvalidOperationException("Unclosed element: " + _open.Peek());

    private void Start(string tag, ReadOnlySpan<Attr> attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _sb.Append(' ').Append(name);
            if (value.Length > 0)
            {
                _sb.Append("=\"");
                HtmlText.Append(_sb, value);
                _sb.Append('"');
            }
        }

        _sb.Append('>');
    }

    private void Close(string tag)
    {
        if (_open.Count == 0 || _open.Pop() != tag)
        {
            throw new InvalidOperationException("Elements closed out of order at </" + tag + ">");
        }

        _sb.Append("</").Append(tag).Append('>');
    }
}

/// <summary>Markup that Pace built and escaped itself; the one way such markup enters a page.</summary>
internal readonly record struct TrustedMarkup(string Value);
