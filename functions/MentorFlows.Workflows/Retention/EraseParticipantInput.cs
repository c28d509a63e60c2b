using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Retention;

public sealed record EraseParticipantInput(string StudentId, ErasureReason Reason, DateTime AtUtc);
