namespace MentorFlows.Domain.Mail;

/// <summary>
/// The shape of an email address this program accepts: the common subset of RFC 5321 that university mail systems
/// issue (ASCII only, no quoted local parts, no IP-literal domains). It checks syntax only; whether a domain is one
/// the scheme allows is the caller's rule (DOMAIN.md: only university email).
/// </summary>
public static class EmailAddressSyntax
{
    private const int MaximumLength = 254;
    private const int MaximumLocalPartLength = 64;

    /// <summary>Whether <paramref name="address"/> is <c>local@domain</c> with a dotted, well-formed domain.</summary>
    public static bool IsValid(ReadOnlySpan<char> address)
    {
        if (address.IsEmpty || address.Length > MaximumLength)
        {
            return false;
        }

        var at = address.IndexOf('@');
        if (at <= 0 || at > MaximumLocalPartLength || address[(at + 1)..].Contains('@'))
        {
            return false;
        }

        return IsValidLocalPart(address[..at]) && IsValidDomain(address[(at + 1)..]);
    }

    /// <summary>The part after the <c>@</c> of an address that <see cref="IsValid"/> accepted.</summary>
    public static ReadOnlySpan<char> DomainOf(ReadOnlySpan<char> address) => address[(address.LastIndexOf('@') + 1)..];

    /// <summary>
    /// Whether <paramref name="domain"/> is a host name of at least two labels: letters, digits and inner hyphens,
    /// 1–63 characters a label, at most 253 in all.
    /// </summary>
    public static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty || domain.Length > 253 || !domain.Contains('.'))
        {
            return false;
        }

        foreach (var label in domain.Split('.'))
        {
            var text = domain[label];
            if (text.IsEmpty || text.Length > 63 || text[0] == '-' || text[^1] == '-')
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }

    // RFC 5322 dot-atom: atext characters, dots only between them. Apostrophes (o'brien@) are atext.
    private static bool IsValidLocalPart(ReadOnlySpan<char> local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.IndexOf("..", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !"!#$%&'*+-/=?^_`{|}~.".Contains(c))
            {
                return false;
            }
        }

        return true;
    }
}
