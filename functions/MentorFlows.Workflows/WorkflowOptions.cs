using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Email.Templates;

namespace MentorFlows.Workflows;

/// <summary>
/// What the workflows need from the host: the scheme, its email templates, the public base of the HTTP API (links in
/// emails) and two secrets of at least 32 random bytes each: the key that signs participant links and the key behind
/// pseudonyms (instance ids, match ids, receipts, the departure register). Changing either mid-year breaks links
/// already sent or loses track of pseudonymous records.
/// </summary>
public sealed record WorkflowOptions
{
    public required SchemeSettings Scheme { get; init; }

    public required EmailTemplateSet Templates { get; init; }

    public required Uri ApiBase { get; init; }

    public required ReadOnlyMemory<byte> LinkSigningKey { get; init; }

    public required ReadOnlyMemory<byte> PseudonymKey { get; init; }
}
