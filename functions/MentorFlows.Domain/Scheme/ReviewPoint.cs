namespace MentorFlows.Domain.Scheme;

/// <summary>
/// The review surveys of a match (003: three and six months; 004: mid-point and end-point), in the order of
/// <see cref="SchemeSettings.ReviewAfterMonths"/>.
/// </summary>
public enum ReviewPoint
{
    /// <summary>First review, 3 months after the match starts by default.</summary>
    MidPoint,

    /// <summary>Second review, 6 months after the match starts by default.</summary>
    EndPoint,
}
