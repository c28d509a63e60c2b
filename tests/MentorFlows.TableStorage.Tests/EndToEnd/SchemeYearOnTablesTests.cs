using System.Security.Cryptography;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Scheme;
using MentorFlows.Domain.Surveys;
using MentorFlows.Runtime;
using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Templates;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using MentorFlows.Workflows.Timeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MentorFlows.TableStorage.Tests.EndToEnd;

/// <summary>
/// The sample cohort's whole year (samples/cohort.csv and the events of samples/events.json) on the embedded runtime,
/// once over the in-memory stores and once over the table stores on in-memory tables: the same emails, the same
/// timeline, and nothing personal left after the final erasure. Activities due at one instant run concurrently, so
/// emails and entries are compared in a fixed order (by time, then text), not in the order they happened to land.
/// </summary>
public sealed class SchemeYearOnTablesTests
{
    private static readonly DateTime From = new(2025, 9, 24, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2026, 6, 15, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task SampleYear_OnTableStores_SendsAndRecordsWhatTheInMemoryStoresDo()
    {
        var reference = await RunAsync(tables: null);
        var tables = new InMemoryTables();
        var onTables = await RunAsync(tables);

        Assert.NotEmpty(reference.Emails);
        Assert.Equal(reference.Emails, onTables.Emails);
        Assert.Equal(reference.Timeline, onTables.Timeline);
        Assert.Equal(2, onTables.Timeline.Count(e => e.Contains(" SurveyAnswered ", StringComparison.Ordinal)));
        Assert.Equal(reference.PersonalRecords, onTables.PersonalRecords);
        Assert.All(onTables.PersonalRecords, count => Assert.Equal(0, count.Value));
    }

    private static async Task<YearOutcome> RunAsync(ITableGateways? tables)
    {
        var mailer = new RecordingMailer();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new VirtualTimeProvider(new DateTimeOffset(From)));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<IMailer>(mailer);
        if (tables is null)
        {
            services.AddInMemorySchemeStores();
        }
        else
        {
            services.AddSingleton(tables);
            services.AddTableSchemeStores(new TextProtector(RandomNumberGenerator.GetBytes(32)));
            services.AddSingleton<ICohortFileStore, InMemoryCohortFileStore>();
        }

        var secret = SHA256.HashData("table stores year test: not a secret"u8);
        services.AddMentorFlowsWorkflows(new WorkflowOptions
        {
            Scheme = SchemeDefaults.Settings,
            Templates = await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, CancellationToken.None),
            ApiBase = new Uri("https://mentoring.invalid/api/"),
            LinkSigningKey = HMACSHA256.HashData(secret, "links"u8),
            PseudonymKey = HMACSHA256.HashData(secret, "pseudonyms"u8),
        });
        services.AddEmbeddedDurableRuntime(options =>
        {
            options.RunInBackground = false;
            options.DuplicateStart = DuplicateStartBehavior.Ignore;
        });

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var engine = provider.GetRequiredService<EmbeddedDurableEngine>();
        var commands = provider.GetRequiredService<SchemeCommands>();
        await commands.UploadCohortAsync("cohort.csv", await File.ReadAllBytesAsync(RepositoryFiles.Path("samples", "cohort.csv")));
        await At(engine, 2025, 10, 6, 9, 0, () => commands.MentorClearedAsync("20230388"));
        await At(engine, 2025, 11, 4, 17, 20, () => commands.RecordCheckInResponseAsync(new CheckInAnswerCommand("20250101", true, 2m)));
        await At(engine, 2025, 11, 5, 12, 5, () => commands.RecordCheckInResponseAsync(new CheckInAnswerCommand("20250201", false, null)));
        await At(engine, 2025, 11, 18, 14, 10, () => commands.OptOutAsync("20250105"));
        ConcernReportReceipt? concern = null;
        await At(engine, 2026, 1, 20, 21, 30, async () => concern = await commands.ReportConcernAsync(
            new ConcernReport("20220542", "20250203", ConcernCategory.Safeguarding, true, "My mentee messaged tonight saying they feel unsafe.")));
        await At(engine, 2026, 1, 21, 10, 30, () => commands.DecideConcernAsync(concern!.Reference!, ConcernOutcome.AdviceGiven));
        await At(engine, 2026, 1, 5, 18, 40, () => commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand("20250101", SurveyPoint.MidPointReview, new SurveyAnswer(4, true, "Helpful."), "20220114")));
        await At(engine, 2026, 2, 10, 9, 15, () => commands.MentorResignedAsync("20230619"));
        await At(engine, 2026, 5, 1, 12, 0, () => commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand("20220114", SurveyPoint.FinalFeedback, new SurveyAnswer(5, true))));
        await engine.RunUntilAsync(To);

        return new YearOutcome(
            [.. mailer.Sent.Select(m => $"{m.NotBeforeUtc:O} {m.Id} {m.Kind} {string.Join(',', m.StudentIds)}").Order(StringComparer.Ordinal)],
            [.. (await provider.GetRequiredService<ITimeline>().ReadAllAsync(CancellationToken.None)).Select(e => $"{e.AtUtc:O} {e.Kind} {e.Subject} {e.Id}").Order(StringComparer.Ordinal)],
            new Dictionary<string, int>
            {
                ["participants"] = await provider.GetRequiredService<IParticipantStore>().CountPersonalRecordsAsync(CancellationToken.None),
                ["departures"] = await provider.GetRequiredService<IDepartureRegister>().CountPersonalRecordsAsync(CancellationToken.None),
                ["matches"] = await provider.GetRequiredService<IMatchStore>().CountPersonalRecordsAsync(CancellationToken.None),
                ["check-ins"] = await provider.GetRequiredService<ICheckInStore>().CountPersonalRecordsAsync(CancellationToken.None),
                ["survey answers"] = await provider.GetRequiredService<ISurveyStore>().CountPersonalRecordsAsync(CancellationToken.None),
                ["concerns"] = await provider.GetRequiredService<IConcernStore>().CountPersonalRecordsAsync(CancellationToken.None),
                ["email copies"] = await provider.GetRequiredService<ISentEmailStore>().CountPersonalRecordsAsync(CancellationToken.None),
                ["cohort files"] = await provider.GetRequiredService<ICohortFileStore>().CountPersonalRecordsAsync(CancellationToken.None),
            });
    }

    private static async Task At(EmbeddedDurableEngine engine, int year, int month, int day, int hour, int minute, Func<Task> command)
    {
        await engine.RunUntilAsync(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc));
        await command();
    }

    private sealed record YearOutcome(IReadOnlyList<string> Emails, IReadOnlyList<string> Timeline, IReadOnlyDictionary<string, int> PersonalRecords);

    private sealed class RecordingMailer : IMailer
    {
        private readonly List<EmailMessage> _sent = [];

        public IReadOnlyList<EmailMessage> Sent
        {
            get
            {
                lock (_sent)
                {
                    return [.. _sent];
                }
            }
        }

        public Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            lock (_sent)
            {
                if (_sent.Any(m => m.Id == message.Id))
                {
                    return Task.FromResult(MailSendOutcome.AlreadySent);
                }

                _sent.Add(message);
                return Task.FromResult(MailSendOutcome.Sent);
            }
        }
    }
}
