using System.Text.Json.Serialization;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Local.Outbox;

/// <summary>A mailbox as written in <c>outbox.jsonl</c>: <c>{ "address": ..., "name": ... }</c> (name left out when there is none).</summary>
public sealed record OutboxAddress(string Address, string? Name = null)
{
    public static OutboxAddress From(EmailAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new OutboxAddress(address.Address, address.DisplayName);
    }

    /// <summary><c>Name &lt;address&gt;</c>, or the address alone: how a mail client shows it.</summary>
    [JsonIgnore]
    public string Display => Name is { Length: > 0 } name ? $"{name} <{Address}>" : Address;

    public override string ToString() => "OutboxAddress { (redacted) }";
}
