using MentorFlows.Local.Outbox;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Local.Tests.Api;

/// <summary>What the host's stores, workflows and outbox hold, for tests asserting that a request changed something, or nothing.</summary>
internal static class SchemeState
{
    public static async Task<ParticipantStatus?> StatusAsync(this ApiHost host, string studentId) =>
        (await host.Service<IParticipantStore>().GetAsync(studentId, CancellationToken.None))?.Status;

    public static async Task<bool> HasLeavingInstanceAsync(this ApiHost host, string studentId) =>
        await host.Service<IOrchestrationClient>().GetInstanceAsync(InstanceIds.Leaving(host.Service<StudentPseudonyms>(), studentId)) is not null;

    public static async Task<int> InstanceCountAsync(this ApiHost host)
    {
        var count = 0;
        await foreach (var _ in host.Service<IOrchestrationClient>().GetAllInstancesAsync())
        {
            count++;
        }

        return count;
    }

    public static async Task<IReadOnlyList<ConcernRecord>> ConcernsAsync(this ApiHost host) =>
        await host.Service<IConcernStore>().ListAsync(CancellationToken.None);

    public static async Task<MatchRecord> CurrentMatchAsync(this ApiHost host, string menteeId) =>
        (await host.Service<IMatchStore>().ListForStudentAsync(menteeId, CancellationToken.None)).Single(m => m.IsCurrent && m.MenteeId == menteeId);

    public static async Task<IReadOnlyList<CheckInResponse>> CheckInsAsync(this ApiHost host, string menteeId) =>
        await host.Service<ICheckInStore>().ListForMatchAsync((await host.CurrentMatchAsync(menteeId)).MatchId, CancellationToken.None);

    public static async Task<IReadOnlyList<SurveyResponse>> SurveysAsync(this ApiHost host, string studentId) =>
        await host.Service<ISurveyStore>().ListForStudentAsync(studentId, CancellationToken.None);

    public static IReadOnlyList<OutboxEntry> Outbox(this ApiHost host)
    {
        var path = Path.Combine(host.Folder, "outbox.jsonl");
        return File.Exists(path) ? OutboxFile.ReadAll(path) : [];
    }

    /// <summary>A fingerprint of everything a participant request could change: statuses, concerns, check-ins, survey answers, instances, emails.</summary>
    public static async Task<string> FingerprintAsync(this ApiHost host)
    {
        var people = await host.Service<IParticipantStore>().ListAsync(CancellationToken.None);
        var matches = await host.Service<IMatchStore>().ListCurrentAsync(CancellationToken.None);
        var answers = 0;
        foreach (var match in matches)
        {
            answers += (await host.Service<ICheckInStore>().ListForMatchAsync(match.MatchId, CancellationToken.None)).Count;
        }

        return string.Join('|',
            string.Join(',', people.Select(p => $"{p.StudentId}:{p.Status}:{p.Person.IsCleared}")),
            (await host.ConcernsAsync()).Count,
            answers,
            await host.Service<ISurveyStore>().CountPersonalRecordsAsync(CancellationToken.None),
            await host.InstanceCountAsync(),
            host.Outbox().Count);
    }
}
