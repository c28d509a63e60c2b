using System.Text;
using MentorFlows.Domain.Scheme;
using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.InMemory;
using MentorFlows.Runtime.Store;
using MentorFlows.Runtime.Tests.Simulation;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Workflows;

/// <summary>
/// The process dies at some write to the orchestration store (before or after it lands) and a new engine takes over
/// the same stores: every email of the baseline run is sent, and none twice.
/// </summary>
public sealed class CrashRestartYearTests
{
    private static readonly DateTime Start = YearRun.Utc(2025, 9, 24, 0, 0);
    private static readonly DateTime End = YearRun.Utc(2026, 1, 3, 0, 0);

    [Theory]
    [InlineData(CrashPoint.BeforeWrite)]
    [InlineData(CrashPoint.AfterWrite)]
    public async Task Year_CrashAtEveryThirdWriteThenRestart_SendsExactlyTheBaselineEmailsOnce(CrashPoint point)
    {
        var baseline = await RunAsync(crashAtWrite: int.MaxValue, point);
        var expected = baseline.Mailer.Sent.Select(e => e.Id).Order().ToList();
        Assert.True(baseline.Writes > 30, $"only {baseline.Writes} writes");

        for (var write = 1; write <= baseline.Writes; write += 3)
        {
            var crashed = await RunAsync(write, point);

            Assert.True(crashed.Crashed, $"no crash at write {write}");
            Assert.Equal(expected, crashed.Mailer.Sent.Select(e => e.Id).Order());
            Assert.True(crashed.Mailer.Calls <= expected.Count + 1, $"crash at write {write}: {crashed.Mailer.Calls} mailer calls for {expected.Count} emails");
        }
    }

    private static async Task<(CallCountingMailer Mailer, bool Crashed, int Writes)> RunAsync(int crashAtWrite, CrashPoint point)
    {
        var stores = SurvivingStores();
        var mailer = new CallCountingMailer();
        var clock = new VirtualTimeProvider(new DateTimeOffset(Start));
        var orchestrations = new InMemoryOrchestrationStore();
        var crashing = new CrashingStore(orchestrations, crashAtWrite, point);
        await using (var first = await BuildAsync(stores, mailer, clock, crashing))
        {
            try
            {
                await first.GetRequiredService<SchemeCommands>().UploadCohortAsync("cohort.csv", new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1").ToBytes());
                await first.GetRequiredService<EmbeddedDurableEngine>().RunUntilAsync(End);
                return (mailer, false, crashing.Writes);
            }
            catch (SimulatedCrashException)
            {
            }
        }

        await using var second = await BuildAsync(stores, mailer, clock, orchestrations);
        // The uploader whose request failed uploads again: a repeat is a no-op when the first one got through.
        await second.GetRequiredService<SchemeCommands>().UploadCohortAsync("cohort.csv", new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1").ToBytes());

        await second.GetRequiredService<EmbeddedDurableEngine>().RunUntilAsync(End);
        return (mailer, crashing.Crashed, crashing.Writes);
    }

    /// <summary>A process: the workflows over the given (surviving) scheme stores, mailer, clock and orchestration store.</summary>
    private static async Task<ServiceProvider> BuildAsync(IReadOnlyList<ServiceDescriptor> stores, IMailer mailer, VirtualTimeProvider clock, IOrchestrationStore orchestrations)
    {
        IServiceCollection services = new ServiceCollection();
        foreach (var store in stores)
        {
            services.Add(store);
        }

        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(mailer);
        services.AddMentorFlowsWorkflows(new WorkflowOptions
        {
            Scheme = SchemeDefaults.Settings,
            Templates = await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, CancellationToken.None),
            ApiBase = new Uri("https://mentoring.invalid/api/"),
            LinkSigningKey = Encoding.UTF8.GetBytes(new string('k', 32)),
            PseudonymKey = Encoding.UTF8.GetBytes(new string('p', 32)),
        });
        services.AddEmbeddedDurableRuntime(options =>
        {
            options.RunInBackground = false;
            options.StoreFactory = _ => orchestrations;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>One instance of each in-memory scheme store, registered as such in every process of the test: they outlive a crash.</summary>
    private static IReadOnlyList<ServiceDescriptor> SurvivingStores()
    {
        using var provider = new ServiceCollection().AddInMemorySchemeStores().BuildServiceProvider();
        return [.. new ServiceCollection().AddInMemorySchemeStores().Select(d => ServiceDescriptor.Singleton(d.ServiceType, provider.GetRequiredService(d.ServiceType)))];
    }
}
