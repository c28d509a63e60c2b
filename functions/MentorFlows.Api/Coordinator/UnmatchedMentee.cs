using MentorFlows.Domain.Matching;

namespace MentorFlows.Api.Coordinator;

/// <summary>
/// A mentee waiting for a mentor, with the reason in a coordinator's words (DOMAIN.md "Matching"). Names and email are
/// for the coordinator to get in touch; null when the participant record is gone.
/// </summary>
public sealed record UnmatchedMentee(
    string StudentId,
    string? FirstName,
    string? LastName,
    string? Email,
    string School,
    UnmatchedReason Reason,
    string Explanation,
    DateTime WaitingSinceUtc)
{
    public override string ToString() => $"UnmatchedMentee {{ StudentId = {StudentId}, Reason = {Reason} }}";
}
