using System.Text;

namespace MentorFlows.Api.Html;

/// <summary>HTML encoding for text and for attribute values in double or single quotes.</summary>
public static class Html
{
    /// <summary>Replaces the five characters that can end text or an attribute value: &amp; &lt; &gt; &quot; &#39;.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return encoded.ToString();
    }
}
