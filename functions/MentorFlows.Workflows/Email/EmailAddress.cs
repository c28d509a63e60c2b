namespace MentorFlows.Workflows.Email;

/// <summary>
/// A mailbox: address and optional display name. Both are personal data, so <see cref="ToString"/> does not show
/// them (a message or address that ends up in a log or exception names nobody).
/// </summary>
public sealed record EmailAddress
{
    public EmailAddress(string address, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (address.Any(char.IsControl) || displayName?.Any(char.IsControl) == true || !address.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException("An email address needs an '@' and no line breaks or control characters.", nameof(address));
        }

        Address = address;
        DisplayName = displayName;
    }

    public string Address { get; }

    public string? DisplayName { get; }

    public override string ToString() => "EmailAddress { (redacted) }";
}
