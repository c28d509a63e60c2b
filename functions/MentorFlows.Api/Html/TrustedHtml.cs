namespace MentorFlows.Api.Html;

/// <summary>
/// Markup that <see cref="HtmlBuilder"/> appends as it is: only for fragments this program built (by
/// <see cref="HtmlBuilder"/> itself or from constants), never for data.
/// </summary>
public readonly record struct TrustedHtml(string Markup)
{
    public override string ToString() => Markup;
}
