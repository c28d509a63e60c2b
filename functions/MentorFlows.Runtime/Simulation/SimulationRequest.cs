using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Templates;
using MentorFlows.Workflows.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Runtime.Simulation;

/// <summary>
/// What <see cref="SchemeSimulator.RunAsync"/> runs: a scheme, the cohort file uploaded at <see cref="FromUtc"/>, the
/// EVENTS.json entries, and the mailer that receives every email sent (the caller's outbox).
/// </summary>
public sealed record SimulationRequest
{
    public required SchemeSettings Scheme { get; init; }

    /// <summary>The uploaded file's name (part of its upload id, with the content hash).</summary>
    public required string CohortFileName { get; init; }

    /// <summary>The cohort file's bytes (UTF-8 CSV, DESIGN.md columns).</summary>
    public required ReadOnlyMemory<byte> CohortContent { get; init; }

    /// <summary>Where every email goes when sent; it must keep the <see cref="IMailer"/> contract (idempotent by id).</summary>
    public required IMailer Mailer { get; init; }

    /// <summary>EVENTS.json entries, injected at their instants through <c>SchemeCommands</c> (any order; sorted by time, stably).</summary>
    public IReadOnlyList<SimulationEvent> Events { get; init; } = [];

    /// <summary>
    /// Reads the file a <see cref="CohortUploadEvent"/> names (its path as written in EVENTS.json, relative to the
    /// events file: the caller resolves it). Required only when <see cref="Events"/> holds an upload.
    /// </summary>
    public Func<string, CancellationToken, Task<ReadOnlyMemory<byte>>>? ReadCohortUpload { get; init; }

    /// <summary>Start of the run (UTC); null: seven days before the scheme starts, at local midnight (DESIGN.md).</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>End of the run (UTC); null: the end of the day of the final erasure (scheme end + retention).</summary>
    public DateTime? ToUtc { get; init; }

    /// <summary>The email templates; null: the built-in ones.</summary>
    public EmailTemplateSet? Templates { get; init; }

    /// <summary>Base of the links in emails (the HTTP API); null: <c>https://mentoring.invalid/api/</c>.</summary>
    public Uri? ApiBase { get; init; }

    /// <summary>
    /// The secret behind signed links and pseudonyms (at least 32 bytes); null: a fixed key, which is right for a
    /// simulation of synthetic data and wrong for anything else.
    /// </summary>
    public ReadOnlyMemory<byte>? SecretKey { get; init; }

    public ILoggerFactory? Loggers { get; init; }

    /// <summary>
    /// Registers the stores the run keeps the year in: the scheme stores and timeline, and, if it registers one, the
    /// runtime's orchestration store. Null: all in memory. With durable stores
    /// (<c>AddMentorFlowsStores(connection, ...)</c>) a run may stop at any instant and a later run resume it: see
    /// <see cref="ResumeFromStores"/>.
    /// </summary>
    public Action<IServiceCollection>? Stores { get; init; }

    /// <summary>
    /// The stores already hold this year up to <see cref="FromUtc"/> (a run resumed, as by a restarted process): the
    /// cohort is not uploaded again, and <see cref="CohortContent"/> only names the students the end-of-run audit looks for.
    /// </summary>
    public bool ResumeFromStores { get; init; }
}
