namespace MentorFlows.Workflows.Email.Templates;

/// <summary>A parsed piece of a template. Line and column (1-based) point at the opening <c>{{</c>.</summary>
internal abstract record TemplateNode
{
    internal sealed record Literal(string Text) : TemplateNode;

    internal sealed record Value(string Name, int Line, int Column, ValuePlacement Placement) : TemplateNode;

    internal sealed record If(string Name, int Line, int Column, IReadOnlyList<TemplateNode> Then, IReadOnlyList<TemplateNode> Else) : TemplateNode;

    internal sealed record Each(string Name, int Line, int Column, IReadOnlyList<TemplateNode> Body) : TemplateNode;
}
