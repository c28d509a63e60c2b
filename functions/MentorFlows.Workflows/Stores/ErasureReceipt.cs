using MentorFlows.Domain.Cohort;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// The anonymous receipt of one participant's erasure (DOMAIN.md "GDPR deletion timer": what was erased and when,
/// with no personal data). <see cref="ReceiptId"/> is derived with the scheme's secret key from the participant
/// (<see cref="Privacy.StudentPseudonyms.ReceiptId"/>) so a retried erasure writes one receipt; it names nobody without the key.
/// </summary>
public sealed record ErasureReceipt(
    string ReceiptId,
    DateTime ErasedAtUtc,
    ErasureReason Reason,
    ParticipantRole Role,
    string School,
    ErasedRecordCounts Erased);
