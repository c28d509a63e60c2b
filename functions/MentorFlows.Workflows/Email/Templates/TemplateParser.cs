namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// Parses the template language, a small strict subset of Mustache/Handlebars:
/// <c>{{name}}</c> writes a value (encoded, see <see cref="TemplateSyntax"/>); <c>{{#if name}}…{{else}}…{{/if}}</c>
/// and <c>{{#each name}}…{{/each}}</c> are blocks; <c>{{! comment }}</c> is ignored. Nothing else exists: no raw
/// <c>{{{…}}}</c>, no partials, no helpers, so a value can never be written unencoded.
/// </summary>
internal sealed class TemplateParser
{
    private readonly string _name;
    private readonly string _text;
    private readonly HtmlContextScanner? _html;
    private int _position;

    private TemplateParser(string name, TemplateSyntax syntax, string text)
    {
        _name = name;
        _text = text;
        _html = syntax == TemplateSyntax.Html ? new HtmlContextScanner() : null;
    }

    public static IReadOnlyList<TemplateNode> Parse(string name, TemplateSyntax syntax, string text)
    {
        var parser = new TemplateParser(name, syntax, text);
        var (nodes, end) = parser.ParseBlock();
        if (end is not null)
        {
            throw parser.Error(end.Value.Offset, $"'{{{{{end.Value.Tag}}}}}' has no matching opening block");
        }

        return nodes;
    }

    /// <summary>Parses until the end of text or a closing/else tag, which is returned for the caller to check.</summary>
    private (List<TemplateNode> Nodes, (string Tag, int Offset)? End) ParseBlock()
    {
        var nodes = new List<TemplateNode>();
        while (_position < _text.Length)
        {
            var open = _text.IndexOf("{{", _position, StringComparison.Ordinal);
            var literalEnd = open < 0 ? _text.Length : open;
            if (literalEnd > _position)
            {
                var literal = _text[_position..literalEnd];
                _html?.Feed(literal);
                nodes.Add(new TemplateNode.Literal(literal));
            }

            if (open < 0)
            {
                _position = _text.Length;
                break;
            }

            var close = _text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw Error(open, "'{{' is never closed with '}}'");
            }

            var tag = _text[(open + 2)..close].Trim();
            _position = close + 2;
            if (tag.StartsWith('!'))
            {
                continue;
            }

            if (tag is "else" or "/if" or "/each")
            {
                RequireText(open, tag);
                return (nodes, (tag, open));
            }

            nodes.Add(ParseTag(tag, open));
        }

        return (nodes, null);
    }

    private TemplateNode ParseTag(string tag, int offset)
    {
        var (line, column) = Position(offset);
        if (tag.StartsWith("#if ", StringComparison.Ordinal))
        {
            RequireText(offset, tag);
            var name = RequireName(tag[4..].Trim(), offset);
            var (then, end) = ParseBlock();
            IReadOnlyList<TemplateNode> otherwise = [];
            if (end?.Tag == "else")
            {
                (var elseNodes, end) = ParseBlock();
                otherwise = elseNodes;
            }

            RequireEnd(end, "/if", offset, tag);
            return new TemplateNode.If(name, line, column, then, otherwise);
        }

        if (tag.StartsWith("#each ", StringComparison.Ordinal))
        {
            RequireText(offset, tag);
            var name = RequireName(tag[6..].Trim(), offset);
            var (body, end) = ParseBlock();
            RequireEnd(end, "/each", offset, tag);
            return new TemplateNode.Each(name, line, column, body);
        }

        var valueName = RequireName(tag, offset);
        if (_html is null)
        {
            return new TemplateNode.Value(valueName, line, column, ValuePlacement.PlainText);
        }

        var (placement, refusal) = _html.PlacementHere();
        if (placement is null)
        {
            throw Error(offset, $"{{{{{valueName}}}}}: {refusal}");
        }

        _html.ValueWritten();
        return new TemplateNode.Value(valueName, line, column, placement.Value);
    }

    private string RequireName(string name, int offset)
    {
        if (TemplateModel.IsValidName(name))
        {
            return name;
        }

        var hint = name.StartsWith('{') ? " (raw output '{{{…}}}' does not exist: every value is encoded)"
            : name.StartsWith('>') ? " (partials do not exist)"
            : name.StartsWith('#') ? " (the only blocks are #if and #each)"
            : string.Empty;
        throw Error(offset, $"'{{{{{name}}}}}' is not a placeholder{hint}");
    }

    private void RequireEnd((string Tag, int Offset)? end, string expected, int openOffset, string openTag)
    {
        if (end is null)
        {
            throw Error(openOffset, $"'{{{{{openTag}}}}}' is never closed with '{{{{{expected}}}}}'");
        }

        if (end.Value.Tag != expected)
        {
            throw Error(end.Value.Offset, $"'{{{{{end.Value.Tag}}}}}' found where '{{{{{expected}}}}}' closes '{{{{{openTag}}}}}'");
        }
    }

    private void RequireText(int offset, string tag)
    {
        if (_html is { InText: false })
        {
            throw Error(offset, $"'{{{{{tag}}}}}' must stand in text, not inside a tag or attribute");
        }
    }

    private TemplateException Error(int offset, string message)
    {
        var (line, column) = Position(offset);
        return new TemplateException(_name, line, column, message);
    }

    private (int Line, int Column) Position(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var index = 0; index < offset; index++)
        {
            if (_text[index] == '\n')
            {
                line++;
                lineStart = index + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
