using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>A review survey due for a match: which one, how many months after its start, and when it goes out.</summary>
public sealed record ReviewSurvey(ReviewPoint Point, int AfterMonths, Instant At);
