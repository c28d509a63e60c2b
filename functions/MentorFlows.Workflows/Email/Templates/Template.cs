using System.Text;
using System.Text.Encodings.Web;

namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// One parsed template (language: <see cref="TemplateParser"/>). Rendering is strict: a placeholder whose name the
/// model does not set fails with the template name, line, column and placeholder — in every branch, taken or not, and
/// in the body of an empty list, so a typo fails on the first render whatever the data. HTML values are encoded with
/// <see cref="HtmlEncoder.Default"/>; text values lose their control characters.
/// </summary>
public sealed class Template
{
    private readonly IReadOnlyList<TemplateNode> _nodes;

    private Template(string name, TemplateSyntax syntax, IReadOnlyList<TemplateNode> nodes)
    {
        Name = name;
        Syntax = syntax;
        _nodes = nodes;
    }

    /// <summary>The name errors refer to, e.g. the file name <c>intro.html</c>.</summary>
    public string Name { get; }

    public TemplateSyntax Syntax { get; }

    /// <exception cref="TemplateException">The text is not a valid template.</exception>
    public static Template Parse(string name, TemplateSyntax syntax, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(text);
        return new Template(name, syntax, TemplateParser.Parse(name, syntax, text.ReplaceLineEndings("\n")));
    }

    /// <exception cref="TemplateException">A placeholder is unknown, or of the wrong kind, or a URL is not absolute.</exception>
    public string Render(TemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var output = new StringBuilder();
        Write(_nodes, new Scope(model, null), output);
        return output.ToString();
    }

    /// <summary>Writes <paramref name="nodes"/>; a null <paramref name="output"/> only checks names (a branch not taken).</summary>
    private void Write(IReadOnlyList<TemplateNode> nodes, Scope scope, StringBuilder? output)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TemplateNode.Literal literal:
                    output?.Append(literal.Text);
                    break;
                case TemplateNode.Value value:
                    WriteValue(value, scope, output);
                    break;
                case TemplateNode.If block:
                    var condition = Truth(Lookup(scope, block.Name, block.Line, block.Column), block);
                    Write(block.Then, scope, condition == true ? output : null);
                    Write(block.Else, scope, condition == false ? output : null);
                    break;
                case TemplateNode.Each each:
                    WriteEach(each, scope, output);
                    break;
            }
        }
    }

    private void WriteValue(TemplateNode.Value node, Scope scope, StringBuilder? output)
    {
        var found = Lookup(scope, node.Name, node.Line, node.Column);
        if (found is null)
        {
            return;
        }

        if (found is not TemplateValue.Text text)
        {
            throw new TemplateException(Name, node.Line, node.Column, $"{{{{{node.Name}}}}} is {found.KindName}, not a value to write");
        }

        if (output is null)
        {
            return;
        }

        switch (node.Placement)
        {
            case ValuePlacement.PlainText:
                output.Append(WithoutControlCharacters(text.Value));
                break;
            case ValuePlacement.HtmlUrlAttribute when !IsAbsoluteLink(text.Value):
                throw new TemplateException(Name, node.Line, node.Column, $"{{{{{node.Name}}}}} starts a link but is not an absolute http(s) or mailto URL");
            default:
                output.Append(HtmlEncoder.Default.Encode(text.Value));
                break;
        }
    }

    private void WriteEach(TemplateNode.Each node, Scope scope, StringBuilder? output)
    {
        var found = Lookup(scope, node.Name, node.Line, node.Column);
        if (found is null)
        {
            Write(node.Body, new Scope(null, scope, AnyName: true), null);
            return;
        }

        if (found is not TemplateValue.List list)
        {
            throw new TemplateException(Name, node.Line, node.Column, $"{{{{#each {node.Name}}}}} needs a list, but {node.Name} is {found.KindName}");
        }

        if (output is null || list.Items.Count == 0)
        {
            Write(node.Body, new Scope(null, scope, list.ItemNames), null);
        }

        if (output is not null)
        {
            foreach (var item in list.Items)
            {
                Write(node.Body, new Scope(item, scope), output);
            }
        }
    }

    /// <summary>The value of <paramref name="name"/>, innermost scope first; null when only its name is known (a check).</summary>
    private TemplateValue? Lookup(Scope scope, string name, int line, int column)
    {
        for (Scope? current = scope; current is not null; current = current.Outer)
        {
            if (current.Model is not null && current.Model.TryGet(name, out var value))
            {
                return value;
            }

            if (current.AnyName || current.Names?.Contains(name) == true)
            {
                return null;
            }
        }

        throw new TemplateException(Name, line, column, $"unknown placeholder {{{{{name}}}}}");
    }

    private bool? Truth(TemplateValue? value, TemplateNode.If block) => value switch
    {
        null => null,
        TemplateValue.Flag flag => flag.Value,
        TemplateValue.Text text => text.Value.Length > 0,
        TemplateValue.List list => list.Items.Count > 0,
        _ => throw new TemplateException(Name, block.Line, block.Column, $"{{{{#if {block.Name}}}}} cannot test {value.KindName}"),
    };

    private static bool IsAbsoluteLink(string value) =>
        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string WithoutControlCharacters(string value)
    {
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                span[index] = char.IsControl(source[index]) ? ' ' : source[index];
            }
        });
    }

    /// <summary>
    /// A level of name lookup: a model's values, or (when checking a branch not taken) just the names a list's items
    /// would set, or any name at all inside a list whose items are unknown.
    /// </summary>
    private sealed record Scope(TemplateModel? Model, Scope? Outer, IReadOnlySet<string>? Names = null, bool AnyName = false);
}
