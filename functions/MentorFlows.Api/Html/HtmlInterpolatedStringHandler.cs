using System.Globalization;
using System.Runtime.CompilerServices;

namespace MentorFlows.Api.Html;

/// <summary>The interpolated string handler of <see cref="HtmlBuilder.Append(ref HtmlInterpolatedStringHandler)"/>: literals as markup, holes encoded.</summary>
[InterpolatedStringHandler]
public readonly ref struct HtmlInterpolatedStringHandler
{
    private readonly HtmlBuilder _builder;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount, HtmlBuilder builder)
    {
        _ = formattedCount;
        _builder = builder;
        builder.Inner.EnsureCapacity(builder.Inner.Length + literalLength);
    }

    public void AppendLiteral(string markup) => _builder.Inner.Append(markup);

    public void AppendFormatted(TrustedHtml markup) => _builder.Inner.Append(markup.Markup);

    public void AppendFormatted(string? text) => _builder.Inner.Append(Html.Encode(text));

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format) =>
        _builder.Inner.Append(Html.Encode(value switch
        {
            null => null,
            TrustedHtml => throw new InvalidOperationException("Trusted markup takes no format."),
            IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        }));
}
