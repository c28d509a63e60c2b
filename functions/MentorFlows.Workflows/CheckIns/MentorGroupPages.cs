using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.CheckIns;

/// <summary>Reads a page of a scheme-wide sweep: up to N mentors' current matches, with both sides' records.</summary>
public sealed class MentorGroupPages
{
    private readonly IMatchStore _matches;
    private readonly IParticipantStore _participants;

    public MentorGroupPages(IMatchStore matches, IParticipantStore participants)
    {
        _matches = matches;
        _participants = participants;
    }

    public async Task<IReadOnlyList<MentorGroup>> ReadAsync(string? afterMentorId, int maxMentors, CancellationToken cancellationToken)
    {
        var page = await _matches.ListCurrentByMentorPageAsync(afterMentorId, maxMentors, cancellationToken).ConfigureAwait(false);
        var ids = page.SelectMany(m => new[] { m.MenteeId, m.MentorId }).Distinct(StringComparer.Ordinal).ToList();
        var people = (await _participants.GetManyAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.StudentId, StringComparer.Ordinal);
        return [.. page
            .GroupBy(m => m.MentorId, StringComparer.Ordinal)
            .Select(g => new MentorGroup(g.Key, people.GetValueOrDefault(g.Key), [.. g.Select(m => (m, people.GetValueOrDefault(m.MenteeId)))]))];
    }
}
