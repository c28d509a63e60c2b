using System.Text.Json.Serialization;

namespace MentorFlows.Domain.Concerns;

/// <summary>What a concern is about (DESIGN.md concern categories; wire names via <see cref="WireName"/>).</summary>
public enum ConcernCategory
{
    /// <summary>Harassment or bullying (000: zero tolerance, a serious disciplinary offence).</summary>
    [JsonStringEnumMemberName("harassment")]
    Harassment,

    /// <summary>Risk of harm to self or others (001, 003), child protection or an adult at risk (004).</summary>
    [JsonStringEnumMemberName("safeguarding")]
    Safeguarding,

    /// <summary>Unprofessional behaviour (004) or misconduct (000).</summary>
    [JsonStringEnumMemberName("inappropriate-behaviour")]
    InappropriateBehaviour,

    /// <summary>Boundaries not respected, over-reliance (000: contacting every day; 003).</summary>
    [JsonStringEnumMemberName("boundaries")]
    Boundaries,

    /// <summary>A romantic or sexual relationship between mentor and mentee (004: forbidden).</summary>
    [JsonStringEnumMemberName("relationship")]
    Relationship,

    /// <summary>Personal data mishandled (000, 002: share only university email; delete data at the end).</summary>
    [JsonStringEnumMemberName("data-protection")]
    DataProtection,

    [JsonStringEnumMemberName("other")]
    Other,
}
