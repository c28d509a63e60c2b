using MentorFlows.Domain.Scheme;

namespace MentorFlows.Domain.Cohort;

/// <summary>
/// Warnings for optional columns a header leaves out although someone in the file would need them: their values
/// read as "no", which fails safe (no mentor is matched who should not be) but may leave mentees unmatched.
/// </summary>
internal static class CohortAbsentColumnWarnings
{
    public static void Add(CohortHeader header, IReadOnlyList<Participant> participants, SchemeSettings scheme, CohortProblemLog log)
    {
        var mentors = participants.Any(p => p.Role == ParticipantRole.Mentor);
        foreach (var column in (CohortColumn[])[CohortColumn.TrainingCompleted, CohortColumn.ContractSigned, CohortColumn.RightToWorkChecked])
        {
            if (mentors && !header.Has(column))
            {
                log.Warning(header.Line, column, "the header has no such column, so no mentor in this file counts as cleared");
            }
        }

        var under18Mentees = participants.Any(p => p.Role == ParticipantRole.Mentee && p.IsUnder18On(scheme.Start));
        if (under18Mentees && !header.Has(CohortColumn.CanMentorUnder18))
        {
            log.Warning(header.Line, CohortColumn.CanMentorUnder18, "the header has no such column, so no mentor in this file may mentor the under-18 mentees");
        }

        var atRiskMentees = participants.Any(p => p.Role == ParticipantRole.Mentee && p.AtRisk);
        if (atRiskMentees && !header.Has(CohortColumn.AtRiskConsent))
        {
            log.Warning(header.Line, CohortColumn.AtRiskConsent, "the header has no such column, so no mentor in this file may mentor the mentees at risk");
        }
    }
}
