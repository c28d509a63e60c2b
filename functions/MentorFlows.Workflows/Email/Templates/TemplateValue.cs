namespace MentorFlows.Workflows.Email.Templates;

/// <summary>A value in a <see cref="TemplateModel"/>: text, a flag for <c>{{#if}}</c>, or a list for <c>{{#each}}</c>.</summary>
internal abstract record TemplateValue
{
    public abstract string KindName { get; }

    internal sealed record Text(string Value) : TemplateValue
    {
        public override string KindName => "a value";
    }

    internal sealed record Flag(bool Value) : TemplateValue
    {
        public override string KindName => "a flag";
    }

    /// <summary><paramref name="ItemNames"/> are the names every item defines, so an empty list's body is still checked.</summary>
    internal sealed record List(IReadOnlyList<TemplateModel> Items, IReadOnlySet<string> ItemNames) : TemplateValue
    {
        public override string KindName => "a list";
    }
}
