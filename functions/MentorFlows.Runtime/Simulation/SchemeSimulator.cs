using System.Security.Cryptography;
using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Workflows;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Templates;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace MentorFlows.Runtime.Simulation;

/// <summary>
/// Runs a scheme year on the embedded runtime with a virtual clock (DESIGN.md <c>simulate</c>): the workflows, the
/// in-memory stores (or the request's <see cref="SimulationRequest.Stores"/>) and the caller's mailer; the cohort
/// uploaded at the start (unless the run resumes a stopped one), each event injected at its instant through
/// <see cref="SchemeCommands"/>, then on to the end of retention. The same registrations as the local host
/// (<see cref="Workflows.DependencyInjection.AddMentorFlowsWorkflows"/>), so what runs here is what runs there.
/// </summary>
public static class SchemeSimulator
{
    /// <summary>Runs the year and returns its timeline, summary and report data (see <see cref="SimulationResult"/>).</summary>
    /// <exception cref="ArgumentException">The request is unusable (an event outside the run, a start on or after the scheme's closure, an unknown category or outcome, an upload event without a reader).</exception>
    public static async Task<SimulationResult> RunAsync(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var year = new SchemeYear(request.Scheme);
        var from = UtcInstants.AsUtc(request.FromUtc ?? LocalMidnightUtc(year, request.Scheme.Start.PlusDays(-7)));
        var to = UtcInstants.AsUtc(request.ToUtc ?? LocalMidnightUtc(year, year.DateOf(year.FinalErasureAt).PlusDays(1)));
        if (to < from)
        {
            throw new ArgumentException($"The run ends ({to:O}) before it starts ({from:O}).", nameof(request));
        }

        var events = request.Events.Select((e, index) => (Event: e, At: UtcInstants.AsUtc(e.At), index)).OrderBy(e => e.At).ThenBy(e => e.index).ToList();
        if (events.FirstOrDefault(e => e.At < from || e.At > to) is { Event: not null } outside)
        {
            throw new ArgumentException($"An event at {outside.At:O} lies outside the run ({from:O} – {to:O}).", nameof(request));
        }

        var journal = new CapturingMatchingJournal();
        await using var services = await BuildServicesAsync(request, from, journal, cancellationToken);
        var engine = services.GetRequiredService<EmbeddedDurableEngine>();
        var commands = services.GetRequiredService<SchemeCommands>();
        var studentIds = new HashSet<string>(StringComparer.Ordinal);
        CollectIds(request.CohortContent, request.Scheme, studentIds);
        if (!request.ResumeFromStores)
        {
            var receipt = await commands.UploadCohortAsync(request.CohortFileName, request.CohortContent, cancellationToken);
            if (receipt.Outcome == CohortUploadOutcome.SchemeClosed)
            {
                throw new ArgumentException($"The run starts ({from:O}) on or after the scheme's closure ({year.ClosureAt:O}), when no cohort is taken in: start it earlier.", nameof(request));
            }
        }

        var injector = new SimulationEventInjector(commands, services.GetRequiredService<IConcernStore>(), request.ReadCohortUpload, content => CollectIds(content, request.Scheme, studentIds));
        var injected = new List<InjectedEvent>(events.Count);
        foreach (var (simulationEvent, at, _) in events)
        {
            await engine.RunUntilAsync(at, cancellationToken);
            injected.Add(new InjectedEvent(simulationEvent, await injector.InjectAsync(simulationEvent, cancellationToken)));
        }

        await engine.RunUntilAsync(to, cancellationToken);

        var remaining = await PersonalDataAudit.CountAsync(services, engine.Store, studentIds, cancellationToken);
        var ledger = services.GetRequiredService<IErasureLedger>();
        return new SimulationResult(
            from,
            to,
            await services.GetRequiredService<ITimeline>().ReadAllAsync(cancellationToken),
            await SummaryBuilder.BuildAsync(services, remaining, cancellationToken),
            journal.Matches(),
            journal.NeverMatched(),
            await ledger.ListReceiptsAsync(cancellationToken),
            await ledger.ListStatisticsAsync(cancellationToken),
            injected);
    }

    private static async Task<ServiceProvider> BuildServicesAsync(SimulationRequest request, DateTime from, IMatchingJournal journal, CancellationToken cancellationToken)
    {
        var secret = request.SecretKey ?? SHA256.HashData(Encoding.UTF8.GetBytes("MentorFlows simulation of synthetic data: not a secret"));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new VirtualTimeProvider(new DateTimeOffset(from, TimeSpan.Zero)));
        services.AddSingleton(request.Loggers ?? NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(request.Mailer);
        services.AddSingleton(journal);
        (request.Stores ?? (stores => stores.AddInMemorySchemeStores()))(services);
        services.AddMentorFlowsWorkflows(new WorkflowOptions
        {
            Scheme = request.Scheme,
            Templates = request.Templates ?? await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, cancellationToken),
            ApiBase = request.ApiBase ?? new Uri("https://mentoring.invalid/api/"),
            LinkSigningKey = HMACSHA256.HashData(secret.Span, "links"u8),
            PseudonymKey = HMACSHA256.HashData(secret.Span, "pseudonyms"u8),
        });
        services.AddEmbeddedDurableRuntime(options =>
        {
            options.RunInBackground = false;
            options.DuplicateStart = DuplicateStartBehavior.Ignore;
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static DateTime LocalMidnightUtc(SchemeYear year, LocalDate date) =>
        year.Calendar.Zone.AtStartOfDay(date).ToInstant().ToDateTimeUtc();

    /// <summary>The student ids of a cohort file, for the audit of workflow histories at the end.</summary>
    private static void CollectIds(ReadOnlyMemory<byte> content, SchemeSettings scheme, HashSet<string> ids)
    {
        using var reader = new StreamReader(new MemoryStream(content.ToArray(), writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        try
        {
            ids.UnionWith(CohortReader.Read(reader, scheme).Participants.Select(p => p.StudentId));
        }
        catch (CohortFileException)
        {
            // An unreadable file enrols nobody: there is nobody to look for.
        }
    }
}
