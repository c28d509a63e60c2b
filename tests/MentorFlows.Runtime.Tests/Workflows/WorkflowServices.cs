using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Runtime.Clock;
using MentorFlows.Workflows;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Templates;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Workflows;

/// <summary>The workflows' services over the in-memory stores, to call activities directly; the clock stands at <see cref="Now"/>.</summary>
internal static class WorkflowServices
{
    public static readonly DateTime Now = new(2025, 10, 6, 9, 0, 0, DateTimeKind.Utc);

    public static async Task<ServiceProvider> BuildAsync(IMailer mailer, DateTime? startUtc = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new VirtualTimeProvider(new DateTimeOffset(startUtc ?? Now)));
        services.AddSingleton(mailer);
        services.AddInMemorySchemeStores();
        services.AddMentorFlowsWorkflows(new WorkflowOptions
        {
            Scheme = SchemeDefaults.Settings,
            Templates = await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, CancellationToken.None),
            ApiBase = new Uri("https://mentoring.invalid/api/"),
            LinkSigningKey = Encoding.UTF8.GetBytes(new string('k', 32)),
            PseudonymKey = Encoding.UTF8.GetBytes(new string('p', 32)),
        });
        services.AddEmbeddedDurableRuntime(options => options.RunInBackground = false);
        return services.BuildServiceProvider();
    }

    /// <summary>Enrols <paramref name="people"/> and matches each mentee listed with <paramref name="mentorId"/>; returns the match ids.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, string mentorId, params string[] menteeIds)
    {
        var participants = services.GetRequiredService<IParticipantStore>();
        await participants.SaveAsync([Record(mentorId, ParticipantRole.Mentor), .. menteeIds.Select(id => Record(id, ParticipantRole.Mentee))], CancellationToken.None);
        var pseudonyms = services.GetRequiredService<MentorFlows.Workflows.Privacy.StudentPseudonyms>();
        var matches = menteeIds.Select(id => new MatchRecord(pseudonyms.MatchId(id, mentorId), id, mentorId, "Law", 1, ["same School of Study (Law)"], Now, "seed")).ToList();
        await services.GetRequiredService<IMatchStore>().AddAsync(matches, CancellationToken.None);
        return [.. matches.Select(m => m.MatchId)];
    }

    public static IActivityContext Context(string activity) => new TestActivityContext(activity, "test-instance");

    private static ParticipantRecord Record(string id, ParticipantRole role) => new(
        new Participant
        {
            StudentId = id,
            FirstName = "First" + id,
            LastName = "Last" + id,
            Email = id.ToLowerInvariant() + "@example.ac.uk",
            Role = role,
            School = "Law",
            Course = "Law LLB",
            TrainingCompleted = true,
            ContractSigned = true,
            RightToWorkChecked = true,
        },
        ParticipantStatus.Active,
        Now);

    private sealed record TestActivityContext(string Name, string InstanceId) : IActivityContext;
}
