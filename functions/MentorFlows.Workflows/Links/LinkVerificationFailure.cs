namespace MentorFlows.Workflows.Links;

/// <summary>Why a participant link was refused.</summary>
public enum LinkVerificationFailure
{
    /// <summary>Not a token this scheme makes (truncated, altered encoding, unknown version).</summary>
    Malformed,

    /// <summary>The signature does not match: forged or altered.</summary>
    BadSignature,

    /// <summary>A genuine token made for another purpose (e.g. a check-in link used to opt out).</summary>
    WrongPurpose,

    /// <summary>A genuine token past its expiry.</summary>
    Expired,
}
