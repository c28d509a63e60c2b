namespace MentorFlows.Workflows.Links;

/// <summary>The result of verifying a participant link: its claims when valid, otherwise the reason it was refused.</summary>
public sealed record LinkVerification
{
    private LinkVerification(ParticipantLinkClaims? claims, LinkVerificationFailure? failure)
    {
        Claims = claims;
        Failure = failure;
    }

    public ParticipantLinkClaims? Claims { get; }

    public LinkVerificationFailure? Failure { get; }

    public bool IsValid => Claims is not null;

    public static LinkVerification Valid(ParticipantLinkClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new LinkVerification(claims, null);
    }

    public static LinkVerification Refused(LinkVerificationFailure failure) => new(null, failure);
}
