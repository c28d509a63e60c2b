using MentorFlows.Api.Http;
using MentorFlows.Api.Cohorts;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Api.Cohorts;

/// <summary>
/// <c>PUT /api/cohorts/{name}</c> (the year's CSV as the body) and the uploads' results. The file is checked here
/// first: one with invalid rows is answered 422, each row problem named by line and column, and changes nothing
/// (unless the scheme accepts valid rows alone); a good one goes to <see cref="SchemeCommands.UploadCohortAsync"/>
/// and is ingested by its workflow (202; the same file again is 200 and changes nothing). A good file received on or
/// after the scheme's closure is answered 409 naming the scheme's start and end, and changes nothing.
/// </summary>
internal static class CohortEndpoints
{
    private static readonly string[] CsvTypes = ["text/csv", "application/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel"];

    public static void Map(RouteGroupBuilder coordinator, ApiLimits limits)
    {
        coordinator.MapPut("/" + ApiRoutes.Cohort, UploadAsync)
            .WithName("UploadCohort")
            .WithSummary("Upload the cohort CSV (mentees and mentors); ingested once per file name and content.")
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxCohortFileBytes))
            .Accepts<string>("text/csv")
            .Produces<CohortUploadAccepted>(StatusCodes.Status202Accepted)
            .Produces<CohortUploadAccepted>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        coordinator.MapGet("/" + ApiRoutes.CohortUploads, ListAsync)
            .WithName("ListCohortUploads")
            .WithSummary("Every cohort upload and what its ingestion did.")
            .Produces<IReadOnlyList<CohortUploadView>>();
        coordinator.MapGet("/" + ApiRoutes.CohortUpload, GetAsync)
            .WithName("GetCohortUpload")
            .WithSummary("One cohort upload and what its ingestion did.")
            .Produces<CohortUploadView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static async Task<IResult> UploadAsync(string name, HttpContext http, SchemeCommands commands, SchemeYear year, ApiLimits limits, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (CohortFileName.Problem(name) is { } nameProblem)
        {
            return ApiProblems.Field("name", nameProblem);
        }

        if (http.Request.ContentType is { Length: > 0 } type && !CsvTypes.Any(csv => type.StartsWith(csv, StringComparison.OrdinalIgnoreCase)))
        {
            return ApiProblems.Body(StatusCodes.Status415UnsupportedMediaType, "Send the cohort file as text/csv.");
        }

        var (content, readProblem) = await ReadBodyAsync(http, limits.MaxCohortFileBytes, cancellationToken);
        if (readProblem is not null)
        {
            return readProblem;
        }

        if (content.Length == 0)
        {
            return ApiProblems.Field("body", "is empty: send the cohort CSV");
        }

        var logger = loggers.CreateLogger(typeof(CohortEndpoints).FullName!);
        var check = CohortCheck.Of(content, year.Scheme);
        if (check.FileProblem is { } fileProblem)
        {
            ApiLog.CohortRefused(logger, 1);
            return ApiProblems.Fields(new Dictionary<string, string[]> { ["body"] = [fileProblem] }, StatusCodes.Status422UnprocessableEntity, "This is not a cohort file this scheme can read. Nothing was changed.");
        }

        var rows = check.Rows!;
        if (!check.CanUpload(year.Scheme))
        {
            ApiLog.CohortRefused(logger, rows.Errors.Count);
            var errors = rows.Errors.GroupBy(e => $"line {e.Line}, column {e.Column}").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return ApiProblems.Fields(errors, StatusCodes.Status422UnprocessableEntity, $"The cohort file has invalid rows ({ValidateSummary(rows)}). Nothing was changed: fix the rows and upload the file again.");
        }

        var receipt = await commands.UploadCohortAsync(name, content, cancellationToken);
        if (receipt.Outcome == CohortUploadOutcome.SchemeClosed)
        {
            ApiLog.CohortAfterClosure(logger, receipt.UploadId);
            return ApiProblems.Conflict("body", SchemeClosedProblem.Detail(year));
        }

        ApiLog.CohortUploaded(logger, receipt.UploadId, receipt.AlreadyReceived);
        var accepted = new CohortUploadAccepted(
            receipt.UploadId, receipt.AlreadyReceived, rows.RowCount, rows.MenteeCount, rows.MentorCount,
            [.. rows.Errors.Select(e => e.ToString())], [.. rows.Warnings.Select(w => w.ToString())]);
        var location = $"/api/cohorts/uploads/{Uri.EscapeDataString(receipt.UploadId)}";
        return receipt.AlreadyReceived ? Results.Ok(accepted) : Results.Accepted(location, accepted);
    }

    internal static async Task<IResult> ListAsync(ICohortUploadStore uploads, CancellationToken cancellationToken) =>
        Results.Ok((await uploads.ListAsync(cancellationToken)).OrderBy(u => u.ReceivedAtUtc).Select(CohortUploadView.From).ToList());

    internal static async Task<IResult> GetAsync(string uploadId, ICohortUploadStore uploads, CancellationToken cancellationToken) =>
        await uploads.GetAsync(uploadId, cancellationToken) is { } upload
            ? Results.Ok(CohortUploadView.From(upload))
            : ApiProblems.NotFound("No cohort upload has this id.");

    private static string ValidateSummary(Domain.Cohort.CohortReadResult rows) => CohortCheck.Summary(rows);

    /// <summary>The whole body, at most <paramref name="limit"/> bytes (Kestrel enforces the route's limit too).</summary>
    private static async Task<(byte[] Content, IResult? Problem)> ReadBodyAsync(HttpContext http, long limit, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > limit)
        {
            return ([], TooLarge(limit));
        }

        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return ([], TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ([], TooLarge(limit));
        }
    }

    private static IResult TooLarge(long limit) =>
        ApiProblems.Body(StatusCodes.Status413PayloadTooLarge, $"The cohort file is larger than this host accepts ({limit / 1024} KiB).");
}
