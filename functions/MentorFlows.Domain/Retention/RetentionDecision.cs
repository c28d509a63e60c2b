using MentorFlows.Domain.Concerns;
using NodaTime;

namespace MentorFlows.Domain.Retention;

/// <summary>
/// A retention decision for one participant: the status, when erasure is (or was) due, and the open concerns holding
/// the data (empty unless <see cref="RetentionStatus.HeldByOpenConcern"/>).
/// </summary>
public sealed record RetentionDecision(RetentionStatus Status, Instant DueAt, IReadOnlyList<ConcernReference> HeldBy);
