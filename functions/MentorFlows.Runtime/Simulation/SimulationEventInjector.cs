using MentorFlows.Domain;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.Simulation;

/// <summary>
/// Turns EVENTS.json entries into <see cref="SchemeCommands"/> calls, the same paths real HTTP calls take. A concern's
/// label becomes its submission id, and the reference it gets is remembered so a later decision can name it (a run
/// resumed over durable stores finds a concern reported before the stop by its submission id).
/// </summary>
internal sealed class SimulationEventInjector
{
    private readonly SchemeCommands _commands;
    private readonly IConcernStore _concernStore;
    private readonly Func<string, CancellationToken, Task<ReadOnlyMemory<byte>>>? _readUpload;
    private readonly Action<ReadOnlyMemory<byte>> _uploaded;
    private readonly Dictionary<string, ConcernReference> _concerns = new(StringComparer.Ordinal);

    public SimulationEventInjector(SchemeCommands commands, IConcernStore concernStore, Func<string, CancellationToken, Task<ReadOnlyMemory<byte>>>? readUpload, Action<ReadOnlyMemory<byte>> uploaded)
    {
        _commands = commands;
        _concernStore = concernStore;
        _readUpload = readUpload;
        _uploaded = uploaded;
    }

    public async Task<CommandOutcome> InjectAsync(SimulationEvent simulationEvent, CancellationToken cancellationToken) => simulationEvent switch
    {
        OptOutEvent e => await _commands.OptOutAsync(e.StudentId, cancellationToken),
        MentorResignedEvent e => await _commands.MentorResignedAsync(e.StudentId, cancellationToken),
        MentorClearedEvent e => await _commands.MentorClearedAsync(e.StudentId, cancellationToken),
        CheckInResponseEvent e => await _commands.RecordCheckInResponseAsync(new CheckInAnswerCommand(e.StudentId, e.Met, e.Hours), cancellationToken),
        SurveyResponseEvent e => await AnswerSurveyAsync(e, cancellationToken),
        ConcernEvent e => await ReportAsync(e, cancellationToken),
        ConcernDecisionEvent e => await DecideAsync(e, cancellationToken),
        CohortUploadEvent e => await UploadAsync(e, cancellationToken),
        _ => throw new ArgumentException($"Unknown event type {simulationEvent.GetType().Name}.", nameof(simulationEvent)),
    };

    private async Task<CommandOutcome> ReportAsync(ConcernEvent e, CancellationToken cancellationToken)
    {
        if (!WireName.TryParse<ConcernCategory>(e.Category, out var category))
        {
            throw new ArgumentException($"Concern '{e.Label}': unknown category '{e.Category}' (one of {string.Join(", ", WireName.All<ConcernCategory>())}).", nameof(e));
        }

        var receipt = await _commands.ReportConcernAsync(
            new ConcernReport(e.ReporterStudentId, e.AboutStudentId, category, e.ImmediateRisk, e.Description, SubmissionId: e.Label), cancellationToken);
        if (receipt.Reference is { } reference)
        {
            _concerns[e.Label] = reference;
        }

        return receipt.Outcome;
    }

    private async Task<CommandOutcome> AnswerSurveyAsync(SurveyResponseEvent e, CancellationToken cancellationToken)
    {
        if (!WireName.TryParse<SurveyPoint>(e.Point, out var point))
        {
            throw new ArgumentException($"Survey answer at {e.At:O}: unknown point '{e.Point}' (one of {string.Join(", ", WireName.All<SurveyPoint>())}).", nameof(e));
        }

        return await _commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand(e.StudentId, point, new SurveyAnswer(e.Rating, e.Recommend)), cancellationToken);
    }

    private async Task<CommandOutcome> DecideAsync(ConcernDecisionEvent e, CancellationToken cancellationToken)
    {
        if (!WireName.TryParse<ConcernOutcome>(e.Outcome, out var outcome))
        {
            throw new ArgumentException($"Decision on '{e.Label}': unknown outcome '{e.Outcome}' (one of {string.Join(", ", WireName.All<ConcernOutcome>())}).", nameof(e));
        }

        var reference = _concerns.TryGetValue(e.Label, out var known)
            ? known
            : (await _concernStore.ListAsync(cancellationToken)).FirstOrDefault(c => c.SubmissionId == e.Label)?.Reference;
        return reference is null ? CommandOutcome.NotFound : await _commands.DecideConcernAsync(reference, outcome, cancellationToken);
    }

    private async Task<CommandOutcome> UploadAsync(CohortUploadEvent e, CancellationToken cancellationToken)
    {
        if (_readUpload is null)
        {
            throw new ArgumentException("A cohortUpload event needs SimulationRequest.ReadCohortUpload.", nameof(e));
        }

        var content = await _readUpload(e.Path, cancellationToken);
        _uploaded(content);
        var receipt = await _commands.UploadCohortAsync(Path.GetFileName(e.Path), content, cancellationToken);
        return receipt.Outcome switch
        {
            CohortUploadOutcome.Accepted => CommandOutcome.Accepted,
            CohortUploadOutcome.AlreadyReceived => CommandOutcome.AlreadyDone,
            _ => CommandOutcome.NotApplicable,
        };
    }
}
