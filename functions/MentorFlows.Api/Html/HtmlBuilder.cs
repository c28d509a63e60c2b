using System.Runtime.CompilerServices;
using System.Text;

namespace MentorFlows.Api.Html;

/// <summary>
/// Builds HTML from interpolated strings whose literal parts are markup and whose holes are data: every hole is
/// HTML-encoded (<see cref="Html.Encode"/>) unless it is a <see cref="TrustedHtml"/>. Writing
/// <c>html.Append($"&lt;td&gt;{name}&lt;/td&gt;")</c> cannot inject markup, whatever <c>name</c> holds.
/// </summary>
public sealed class HtmlBuilder
{
    public StringBuilder Inner { get; } = new();

    public HtmlBuilder Append([InterpolatedStringHandlerArgument("")] ref HtmlInterpolatedStringHandler handler)
    {
        _ = handler;
        return this;
    }

    public HtmlBuilder Append(TrustedHtml markup)
    {
        Inner.Append(markup.Markup);
        return this;
    }

    /// <summary>Text content, encoded.</summary>
    public HtmlBuilder Text(string? text)
    {
        Inner.Append(Html.Encode(text));
        return this;
    }

    public TrustedHtml ToTrusted() => new(Inner.ToString());

    public override string ToString() => Inner.ToString();
}
