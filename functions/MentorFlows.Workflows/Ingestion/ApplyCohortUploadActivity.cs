using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Ingestion;

/// <summary>
/// Validates an uploaded cohort file and enrols its participants (DOMAIN.md "Cohort ingestion"): a file with errors
/// changes nothing unless the scheme accepts valid rows; a student already enrolled is updated, never duplicated
/// (clearance only ever goes forward: a corrected file cannot un-clear a mentor who met mentees); a student who left
/// this year (in the <see cref="IDepartureRegister"/> or still on record as left) is not enrolled again. The file is
/// deleted once applied or rejected. Idempotent: an upload already applied or rejected returns its recorded counts.
/// </summary>
public sealed class ApplyCohortUploadActivity : IActivity<ApplyCohortUploadInput, ApplyCohortUploadResult>
{
    private readonly SchemeYear _year;
    private readonly ICohortUploadStore _uploads;
    private readonly ICohortFileStore _files;
    private readonly IParticipantStore _participants;
    private readonly IDepartureRegister _departures;
    private readonly StudentPseudonyms _pseudonyms;
    private readonly SchemeTimeline _timeline;

    public ApplyCohortUploadActivity(
        SchemeYear year,
        ICohortUploadStore uploads,
        ICohortFileStore files,
        IParticipantStore participants,
        IDepartureRegister departures,
        StudentPseudonyms pseudonyms,
        SchemeTimeline timeline)
    {
        _year = year;
        _uploads = uploads;
        _files = files;
        _participants = participants;
        _departures = departures;
        _pseudonyms = pseudonyms;
        _timeline = timeline;
    }

    public async Task<ApplyCohortUploadResult> RunAsync(IActivityContext context, ApplyCohortUploadInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var upload = await _uploads.GetAsync(input.UploadId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Upload {input.UploadId} was never received.");
        if (upload.Status != CohortUploadStatus.Received)
        {
            return Result(upload);
        }

        var content = await _files.ReadAsync(input.UploadId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Upload {input.UploadId} has no stored content.");
        var read = Read(content);
        if (read.Problems is { } fileProblem)
        {
            return await RejectAsync(upload, [fileProblem], input.AtUtc, cancellationToken).ConfigureAwait(false);
        }

        var result = read.Result!;
        if (!result.MayApply(_year.Scheme))
        {
            return await RejectAsync(upload, [.. result.Errors.Select(e => e.ToString())], input.AtUtc, cancellationToken).ConfigureAwait(false);
        }

        var applied = await EnrolAsync(upload, result, input.AtUtc, cancellationToken).ConfigureAwait(false);
        await _uploads.SaveAsync(applied, cancellationToken).ConfigureAwait(false);
        await _files.DeleteAsync(upload.UploadId, cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(TimelineEventKind.CohortUploaded, upload.UploadId, input.AtUtc, cancellationToken, discriminator: "applied",
            details: new Dictionary<string, string>
            {
                ["enrolled"] = applied.Enrolled.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["updated"] = applied.Updated.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["skippedLeavers"] = applied.SkippedLeavers.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["rowsWithErrors"] = result.Errors.Select(e => e.Line).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).ConfigureAwait(false);
        return Result(applied);
    }

    private static ApplyCohortUploadResult Result(CohortUploadRecord upload) =>
        new(upload.Status, upload.Enrolled, upload.Updated, upload.SkippedLeavers, upload.Problems?.Count ?? 0);

    private (CohortReadResult? Result, string? Problems) Read(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content, writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        try
        {
            return (CohortReader.Read(reader, _year.Scheme), null);
        }
        catch (CohortFileException ex)
        {
            return (null, ex.Message);
        }
    }

    private async Task<CohortUploadRecord> EnrolAsync(CohortUploadRecord upload, CohortReadResult read, DateTime atUtc, CancellationToken cancellationToken)
    {
        var existing = (await _participants.GetManyAsync([.. read.Participants.Select(p => p.StudentId)], cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.StudentId, StringComparer.Ordinal);
        var changes = new List<ParticipantRecord>();
        var enrolled = new List<string>();
        var updated = 0;
        var skipped = 0;
        foreach (var person in read.Participants)
        {
            if (existing.TryGetValue(person.StudentId, out var known))
            {
                if (!known.IsActive)
                {
                    skipped++;
                }
                else if (Merge(known.Person, person) is var merged && !SamePerson(merged, known.Person))
                {
                    changes.Add(known with { Person = merged });
                    updated++;
                }
            }
            else if (await _departures.ContainsAsync(_pseudonyms.Of(person.StudentId), cancellationToken).ConfigureAwait(false))
            {
                skipped++;
            }
            else
            {
                changes.Add(new ParticipantRecord(person, ParticipantStatus.Active, UtcInstants.AsUtc(atUtc)));
                enrolled.Add(person.StudentId);
            }
        }

        await _participants.SaveAsync(changes, cancellationToken).ConfigureAwait(false);
        foreach (var studentId in enrolled)
        {
            await _timeline.RecordAsync(TimelineEventKind.ParticipantEnrolled, studentId, atUtc, cancellationToken, discriminator: upload.UploadId).ConfigureAwait(false);
        }

        return upload with
        {
            Status = CohortUploadStatus.Applied,
            Enrolled = enrolled.Count,
            Updated = updated,
            SkippedLeavers = skipped,
            Problems = [.. read.Errors.Select(e => e.ToString())],
        };
    }

    /// <summary>A corrected row replaces the old one, except that clearance never goes back (a mentor may already have met mentees).</summary>
    private static Participant Merge(Participant known, Participant corrected) => corrected with
    {
        TrainingCompleted = corrected.TrainingCompleted || known.TrainingCompleted,
        ContractSigned = corrected.ContractSigned || known.ContractSigned,
        RightToWorkChecked = corrected.RightToWorkChecked || known.RightToWorkChecked,
    };

    private static bool SamePerson(Participant a, Participant b) =>
        a with { Conflicts = b.Conflicts } == b && a.Conflicts.SequenceEqual(b.Conflicts, StringComparer.Ordinal);

    private async Task<ApplyCohortUploadResult> RejectAsync(CohortUploadRecord upload, IReadOnlyList<string> problems, DateTime atUtc, CancellationToken cancellationToken)
    {
        var rejected = upload with { Status = CohortUploadStatus.Rejected, Problems = problems };
        await _uploads.SaveAsync(rejected, cancellationToken).ConfigureAwait(false);
        await _files.DeleteAsync(upload.UploadId, cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(TimelineEventKind.CohortRejected, upload.UploadId, atUtc, cancellationToken, discriminator: "rejected",
            details: new Dictionary<string, string> { ["problems"] = problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ConfigureAwait(false);
        return Result(rejected);
    }
}
