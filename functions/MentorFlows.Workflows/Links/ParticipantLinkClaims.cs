using NodaTime;

namespace MentorFlows.Workflows.Links;

/// <summary>
/// What a participant link asserts, all covered by its signature: its purpose, the student it acts for, until when
/// (exclusive), and a purpose-specific scope of ids only (empty when the purpose needs none).
/// </summary>
public sealed record ParticipantLinkClaims(LinkPurpose Purpose, string StudentId, Instant ExpiresAt, string Scope = "");
