using System.Globalization;
using System.Security.Cryptography;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Concerns;
using MentorFlows.Workflows.Ingestion;
using MentorFlows.Workflows.Leaving;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Commands;

/// <summary>
/// The only way into the scheme's workflows: the HTTP API, the Azure triggers and <c>simulate</c> call these and
/// nothing else. Each command starts an orchestration under a deterministic instance id (<see cref="InstanceIds"/>)
/// or raises an event on one, so a repeated command is <see cref="CommandOutcome.AlreadyDone"/>, never a duplicate.
/// Three commands write a store directly, because what they carry is data rather than a step of a workflow: a concern
/// report gets its reference from the concern store (the reporter sees it at once), a check-in answer is an upsert
/// the next round reads, and a survey answer is an upsert nothing waits for. Student ids are compared in their normal
/// (upper-case) form.
/// </summary>
public sealed class SchemeCommands
{
    private readonly IOrchestrationClient _client;
    private readonly SchemeYear _year;
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly ICheckInStore _checkIns;
    private readonly ISurveyStore _surveys;
    private readonly IConcernStore _concerns;
    private readonly ICohortUploadStore _uploads;
    private readonly ICohortFileStore _files;
    private readonly StudentPseudonyms _pseudonyms;
    private readonly SchemeTimeline _timeline;
    private readonly TimeProvider _clock;

    public SchemeCommands(
        IOrchestrationClient client,
        SchemeYear year,
        IParticipantStore participants,
        IMatchStore matches,
        ICheckInStore checkIns,
        ISurveyStore surveys,
        IConcernStore concerns,
        ICohortUploadStore uploads,
        ICohortFileStore files,
        StudentPseudonyms pseudonyms,
        SchemeTimeline timeline,
        TimeProvider clock)
    {
        _client = client;
        _year = year;
        _participants = participants;
        _matches = matches;
        _checkIns = checkIns;
        _surveys = surveys;
        _concerns = concerns;
        _uploads = uploads;
        _files = files;
        _pseudonyms = pseudonyms;
        _timeline = timeline;
        _clock = clock;
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A cohort file is uploaded: stored, then ingested once per (file name, content). One received on or after the
    /// scheme's closure is refused (<see cref="CohortUploadOutcome.SchemeClosed"/>): nothing is stored and no ingestion
    /// starts, since the closure's erasure would delete everyone it enrolled (<see cref="Domain.Scheme.SchemeCalendar.AcceptsCohortUploadAt"/>).
    /// Every entry path (HTTP API, intake folder, blob trigger, simulation) comes through here, so the rule holds for all.
    /// </summary>
    public async Task<CohortUploadReceipt> UploadCohortAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var uploadId = InstanceIds.CohortUpload(fileName, hash);
        if (!_year.Calendar.AcceptsCohortUploadAt(UtcInstants.ToInstant(Now)))
        {
            return new CohortUploadReceipt(uploadId, CohortUploadOutcome.SchemeClosed);
        }

        if (await _uploads.GetAsync(uploadId, cancellationToken).ConfigureAwait(false) is null)
        {
            await _files.SaveAsync(uploadId, content, cancellationToken).ConfigureAwait(false);
            await _uploads.SaveAsync(new CohortUploadRecord(uploadId, Path.GetFileName(fileName), hash, Now, CohortUploadStatus.Received), cancellationToken).ConfigureAwait(false);
        }

        var started = await _client.StartOnceAsync(nameof(CohortIngestionOrchestrator), new CohortIngestionInput(uploadId), uploadId, cancellationToken).ConfigureAwait(false);
        return new CohortUploadReceipt(uploadId, started ? CohortUploadOutcome.Accepted : CohortUploadOutcome.AlreadyReceived);
    }

    /// <summary>A student leaves (signed link or coordinator); a mentor leaving is a resignation.</summary>
    public async Task<CommandOutcome> OptOutAsync(string studentId, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(studentId, cancellationToken).ConfigureAwait(false);
        return record is null
            ? CommandOutcome.NotFound
            : await LeaveAsync(record, record.Person.Role == ParticipantRole.Mentor ? LeaveReason.Resigned : LeaveReason.OptedOut, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A mentor is unable to continue (000): their mentees are re-matched, waiting mentees first.</summary>
    public async Task<CommandOutcome> MentorResignedAsync(string mentorId, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(mentorId, cancellationToken).ConfigureAwait(false);
        return record switch
        {
            null => CommandOutcome.NotFound,
            { Person.Role: not ParticipantRole.Mentor } => CommandOutcome.NotApplicable,
            _ => await LeaveAsync(record, LeaveReason.Resigned, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>A mentor has completed training, contract and right-to-work checks: waiting mentees may be matched to them.</summary>
    public async Task<CommandOutcome> MentorClearedAsync(string mentorId, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(mentorId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return CommandOutcome.NotFound;
        }

        if (record.Person.Role != ParticipantRole.Mentor || !record.IsActive)
        {
            return CommandOutcome.NotApplicable;
        }

        if (!record.Person.IsCleared)
        {
            var cleared = record.Person with { TrainingCompleted = true, ContractSigned = true, RightToWorkChecked = true };
            await _participants.SaveAsync([record with { Person = cleared }], cancellationToken).ConfigureAwait(false);
            await _timeline.RecordAsync(TimelineEventKind.MentorCleared, record.StudentId, Now, cancellationToken, discriminator: "cleared").ConfigureAwait(false);
        }

        var instanceId = InstanceIds.RematchAfterClearance(_pseudonyms, record.StudentId);
        var started = await _client.StartOnceAsync(nameof(RematchOrchestrator), new RematchInput(instanceId), instanceId, cancellationToken).ConfigureAwait(false);
        return started ? CommandOutcome.Accepted : CommandOutcome.AlreadyDone;
    }

    /// <summary>Stores a concern (its text for coordinators only) and starts its workflow; returns its reference.</summary>
    public async Task<ConcernReportReceipt> ReportConcernAsync(ConcernReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reporter = await FindAsync(report.ReporterStudentId, cancellationToken).ConfigureAwait(false);
        var about = await FindAsync(report.AboutStudentId, cancellationToken).ConfigureAwait(false);
        if (reporter is null || about is null)
        {
            return new ConcernReportReceipt(CommandOutcome.NotFound, null);
        }

        var concern = await _concerns.AddAsync(
            new NewConcern(reporter.StudentId, about.StudentId, report.Category, report.ImmediateRisk, report.Text, Now, report.SubmissionId),
            _year.StartYear,
            cancellationToken).ConfigureAwait(false);
        var started = await _client.StartOnceAsync(
            nameof(ConcernOrchestrator), new ConcernInput(concern.Reference, concern.RaisedAtUtc), InstanceIds.Concern(concern.Reference), cancellationToken).ConfigureAwait(false);
        return new ConcernReportReceipt(started ? CommandOutcome.Accepted : CommandOutcome.AlreadyDone, concern.Reference);
    }

    /// <summary>A coordinator decides a concern; the concern's workflow applies the outcome.</summary>
    public async Task<CommandOutcome> DecideConcernAsync(ConcernReference reference, ConcernOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var concern = await _concerns.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        if (concern is null)
        {
            return CommandOutcome.NotFound;
        }

        if (concern.Status == ConcernStatus.Decided)
        {
            return CommandOutcome.AlreadyDone;
        }

        return await _client.RaiseIfRunningAsync(InstanceIds.Concern(reference), nameof(ConcernDecision), new ConcernDecision(outcome), cancellationToken).ConfigureAwait(false)
            ? CommandOutcome.Accepted
            : CommandOutcome.NotFound;
    }

    /// <summary>Records a check-in answer (replacing an earlier answer for the same round and pair); the next round assesses it.</summary>
    public async Task<CommandOutcome> RecordCheckInResponseAsync(CheckInAnswerCommand answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var student = await FindAsync(answer.StudentId, cancellationToken).ConfigureAwait(false);
        if (student is null)
        {
            return CommandOutcome.NotFound;
        }

        var now = Now;
        var round = answer.Round ?? _year.Calendar.CheckInRounds.LastOrDefault(r => UtcInstants.ToDateTime(r.At) <= now)?.Number;
        if (!student.IsActive || round is not { } number || number < 1 || number > _year.Calendar.CheckInRounds.Count)
        {
            return CommandOutcome.NotApplicable;
        }

        var isMentor = student.Person.Role == ParticipantRole.Mentor;
        var menteeId = answer.MenteeId is { } given ? StudentIdSyntax.Normalize(given) : null;
        var pairs = (await _matches.ListForStudentAsync(student.StudentId, cancellationToken).ConfigureAwait(false))
            .Where(m => m.IsCurrent && (isMentor ? m.MentorId == student.StudentId : m.MenteeId == student.StudentId) && (menteeId is null || m.MenteeId == menteeId))
            .ToList();
        if (pairs.Count == 0)
        {
            return CommandOutcome.NotApplicable;
        }

        var respondent = isMentor ? CheckInRespondent.Mentor : CheckInRespondent.Mentee;
        foreach (var match in pairs)
        {
            await _checkIns.SaveAsync(new CheckInResponse(match.MatchId, number, respondent, answer.Met, answer.Hours, answer.DailyContact, now), cancellationToken).ConfigureAwait(false);
            await _timeline.RecordAsync(TimelineEventKind.CheckInRecorded, match.MatchId, now, cancellationToken,
                discriminator: string.Create(CultureInfo.InvariantCulture, $"{number}:{respondent}"),
                details: new Dictionary<string, string> { ["round"] = number.ToString(CultureInfo.InvariantCulture), ["respondent"] = respondent.ToString() }).ConfigureAwait(false);
        }

        return CommandOutcome.Accepted;
    }

    /// <summary>
    /// Records a survey answer, replacing an earlier answer to the same survey about the same pair. It applies to an
    /// active student who has been matched (a review's partner must be, or have been, their mentee or mentor); the
    /// match may have ended since (a review answered late, the final survey after closure).
    /// </summary>
    public async Task<CommandOutcome> RecordSurveyAnswerAsync(SurveyAnswerCommand answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(answer.Answer);
        var student = await FindAsync(answer.StudentId, cancellationToken).ConfigureAwait(false);
        if (student is null)
        {
            return CommandOutcome.NotFound;
        }

        var partnerId = answer.PartnerId is { } given ? StudentIdSyntax.Normalize(given.Trim()) : null;
        var isMentor = student.Person.Role == ParticipantRole.Mentor;
        var pairs = (await _matches.ListForStudentAsync(student.StudentId, cancellationToken).ConfigureAwait(false))
            .Where(m => (isMentor ? m.MentorId : m.MenteeId) == student.StudentId && (partnerId is null || (isMentor ? m.MenteeId : m.MentorId) == partnerId));
        if (!student.IsActive || (partnerId is not null && answer.Point == SurveyPoint.FinalFeedback) || !pairs.Any())
        {
            return CommandOutcome.NotApplicable;
        }

        var now = Now;
        await _surveys.SaveAsync(new SurveyResponse(student.StudentId, answer.Point, partnerId, student.Person.Role, answer.Answer, now), cancellationToken).ConfigureAwait(false);
        var point = WireName.Of(answer.Point);
        await _timeline.RecordAsync(TimelineEventKind.SurveyAnswered, student.StudentId, now, cancellationToken,
            discriminator: partnerId is null ? point : $"{point}:{partnerId}",
            details: new Dictionary<string, string> { ["survey"] = point, ["respondent"] = student.Person.Role.ToString() }).ConfigureAwait(false);
        return CommandOutcome.Accepted;
    }

    /// <summary>
    /// Makes sure the scheme-level instances that run the year on their own durable timers exist (check-in rounds and
    /// closure, final erasure; <see cref="SchemeInstances"/>) once a cohort has been applied, as the ingestion of that
    /// cohort does. Idempotent; returns how many it started: 0 when all exist already, before any cohort is applied (a
    /// scheme with nobody enrolled has no rounds to run), and from the final erasure on (the year is over, and that
    /// erasure purges the finished instances: they must not start again). A host calls it on a schedule as a safety
    /// net (the Azure host's daily timer), so a year whose start was lost (an instance purged by hand, an ingestion that
    /// failed after enrolling) resumes.
    /// </summary>
    public async Task<int> EnsureSchemeSchedulesAsync(CancellationToken cancellationToken = default)
    {
        if (Now >= _year.FinalErasureAt)
        {
            return 0;
        }

        var uploads = await _uploads.ListAsync(cancellationToken).ConfigureAwait(false);
        return uploads.Any(upload => upload.Status == CohortUploadStatus.Applied)
            ? await SchemeInstances.EnsureStartedAsync(_client, cancellationToken).ConfigureAwait(false)
            : 0;
    }

    private async Task<ParticipantRecord?> FindAsync(string studentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(studentId);
        return await _participants.GetAsync(StudentIdSyntax.Normalize(studentId.Trim()), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CommandOutcome> LeaveAsync(ParticipantRecord record, LeaveReason reason, CancellationToken cancellationToken)
    {
        if (!record.IsActive)
        {
            return CommandOutcome.AlreadyDone;
        }

        var started = await _client.StartOnceAsync(
            nameof(OptOutOrchestrator), new LeavingInput(record.StudentId, reason, Now), InstanceIds.Leaving(_pseudonyms, record.StudentId), cancellationToken).ConfigureAwait(false);
        return started ? CommandOutcome.Accepted : CommandOutcome.AlreadyDone;
    }
}
