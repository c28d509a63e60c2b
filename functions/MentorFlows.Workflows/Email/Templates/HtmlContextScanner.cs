namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// Follows an HTML template's literal text far enough to know where each placeholder stands: in text, inside a quoted
/// attribute value, or somewhere a value could become markup or script (inside a tag, an unquoted or event/style
/// attribute, a comment, a script or style element), where placeholders are refused.
/// </summary>
internal sealed class HtmlContextScanner
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "background", "poster", "cite", "srcset", "xlink:href",
    };

    private State _state = State.Data;
    private string _tagName = string.Empty;
    private string _attributeName = string.Empty;
    private bool _attributeValueStarted;
    private string? _rawTextEnd;

    private enum State
    {
        Data,
        TagOpen,
        TagName,
        InTag,
        AttributeName,
        AfterAttributeName,
        BeforeAttributeValue,
        DoubleQuoted,
        SingleQuoted,
        Unquoted,
        Comment,
        Declaration,
        RawText,
    }

    /// <summary>True where block tags (<c>{{#if}}</c>, <c>{{else}}</c>, ...) may stand: in text, outside any tag.</summary>
    public bool InText => _state == State.Data;

    /// <summary>The placement of a value placeholder here, or null with the reason it is refused.</summary>
    public (ValuePlacement? Placement, string? Refusal) PlacementHere() => _state switch
    {
        State.Data => (ValuePlacement.HtmlText, null),
        State.DoubleQuoted or State.SingleQuoted when IsScriptable(_attributeName) =>
            (null, $"a placeholder cannot stand in the '{_attributeName}' attribute, where it could run script or style"),
        State.DoubleQuoted or State.SingleQuoted when UrlAttributes.Contains(_attributeName) && !_attributeValueStarted =>
            (ValuePlacement.HtmlUrlAttribute, null),
        State.DoubleQuoted or State.SingleQuoted => (ValuePlacement.HtmlAttribute, null),
        State.RawText => (null, $"a placeholder cannot stand inside <{_tagName}>"),
        State.Comment => (null, "a placeholder cannot stand inside an HTML comment"),
        _ => (null, "a placeholder inside a tag must be inside a quoted attribute value, e.g. href=\"{{links.optOut}}\""),
    };

    /// <summary>Advances over literal template text; a placeholder's output counts as attribute-value content.</summary>
    public void Feed(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            index = Step(text, index);
        }
    }

    /// <summary>Notes that a value was written here (it is not markup, but fills the current attribute value).</summary>
    public void ValueWritten() => _attributeValueStarted = true;

    private static bool IsScriptable(string attribute) =>
        attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Equals("style", StringComparison.OrdinalIgnoreCase);

    private int Step(string text, int index)
    {
        var c = text[index];
        switch (_state)
        {
            case State.Data:
                if (c == '<')
                {
                    _state = State.TagOpen;
                }

                return index;
            case State.TagOpen:
                if (Following(text, index, "!--"))
                {
                    _state = State.Comment;
                    return index + 2;
                }

                _state = c switch
                {
                    '!' or '?' => State.Declaration,
                    '/' => State.TagName,
                    _ when char.IsAsciiLetter(c) => State.TagName,
                    _ => State.Data,
                };
                // An end tag keeps its slash, so "</script>" does not open a script element again.
                _tagName = c.ToString();
                return index;
            case State.TagName:
                if (char.IsWhiteSpace(c) || c == '/')
                {
                    _state = State.InTag;
                }
                else if (c == '>')
                {
                    CloseTag();
                }
                else
                {
                    _tagName += c;
                }

                return index;
            case State.InTag or State.AfterAttributeName:
                if (c == '>')
                {
                    CloseTag();
                }
                else if (c == '=' && _state == State.AfterAttributeName)
                {
                    _state = State.BeforeAttributeValue;
                }
                else if (!char.IsWhiteSpace(c) && c != '/')
                {
                    _attributeName = c.ToString();
                    _state = State.AttributeName;
                }

                return index;
            case State.AttributeName:
                if (c == '=')
                {
                    _state = State.BeforeAttributeValue;
                }
                else if (c == '>')
                {
                    CloseTag();
                }
                else if (char.IsWhiteSpace(c) || c == '/')
                {
                    _state = State.AfterAttributeName;
                }
                else
                {
                    _attributeName += c;
                }

                return index;
            case State.BeforeAttributeValue:
                _attributeValueStarted = false;
                _state = c switch
                {
                    '"' => State.DoubleQuoted,
                    '\'' => State.SingleQuoted,
                    '>' => CloseTagState(),
                    _ when char.IsWhiteSpace(c) => State.BeforeAttributeValue,
                    _ => State.Unquoted,
                };
                return index;
            case State.DoubleQuoted or State.SingleQuoted:
                if (c == (_state == State.DoubleQuoted ? '"' : '\''))
                {
                    _state = State.InTag;
                }
                else
                {
                    _attributeValueStarted = true;
                }

                return index;
            case State.Unquoted:
                if (c == '>')
                {
                    CloseTag();
                }
                else if (char.IsWhiteSpace(c))
                {
                    _state = State.InTag;
                }

                return index;
            case State.Comment:
                if (Following(text, index, "-->"))
                {
                    _state = State.Data;
                    return index + 2;
                }

                return index;
            case State.Declaration:
                if (c == '>')
                {
                    _state = State.Data;
                }

                return index;
            case State.RawText:
                if (Following(text, index, _rawTextEnd!))
                {
                    _state = State.TagName;
                    _tagName = "/" + _tagName;
                    return index + _rawTextEnd!.Length - 1;
                }

                return index;
            default:
                throw new InvalidOperationException($"Unknown scanner state {_state}.");
        }
    }

    private void CloseTag() => _state = CloseTagState();

    private State CloseTagState()
    {
        if (_tagName.Equals("script", StringComparison.OrdinalIgnoreCase) || _tagName.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            _rawTextEnd = "</" + _tagName;
            return State.RawText;
        }

        return State.Data;
    }

    private static bool Following(string text, int index, string expected) =>
        string.Compare(text, index, expected, 0, expected.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
