using System.Text.Json.Serialization;

namespace MentorFlows.Domain.Concerns;

/// <summary>A coordinator's decision on a concern (000; DESIGN.md decision outcomes, wire names via <see cref="WireName"/>).</summary>
public enum ConcernOutcome
{
    [JsonStringEnumMemberName("noAction")]
    NoAction,

    [JsonStringEnumMemberName("adviceGiven")]
    AdviceGiven,

    /// <summary>No scheme emails to the pair until the coordinator resumes it.</summary>
    [JsonStringEnumMemberName("matchPaused")]
    MatchPaused,

    /// <summary>The match ends; the mentee is re-matched and the pair is never matched again.</summary>
    [JsonStringEnumMemberName("matchDissolved")]
    MatchDissolved,

    /// <summary>The student the concern is about leaves the scheme.</summary>
    [JsonStringEnumMemberName("memberRemoved")]
    MemberRemoved,
}
