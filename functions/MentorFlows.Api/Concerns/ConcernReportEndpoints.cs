using MentorFlows.Domain;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Concerns;
using MentorFlows.Api.Http;
using MentorFlows.Api.Security;
using MentorFlows.Api.Html;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Api.Concerns;

/// <summary>
/// Reporting a concern from the link in scheme emails (<see cref="SchemeLinks.ConcernRoute"/>, DOMAIN.md "Concerns"):
/// GET shows the form, POST reports as the link's student (<see cref="SchemeCommands.ReportConcernAsync"/>) and
/// answers with the concern's reference. The text goes to the concern store for coordinators only.
/// </summary>
internal static class ConcernReportEndpoints
{
    private static readonly (ConcernCategory Category, string Words)[] Categories =
    [
        (ConcernCategory.Safeguarding, "Someone may be at risk of harm (to themselves or others)"),
        (ConcernCategory.Harassment, "Harassment or bullying"),
        (ConcernCategory.InappropriateBehaviour, "Inappropriate or unprofessional behaviour"),
        (ConcernCategory.Boundaries, "Boundaries not respected (e.g. contact every day)"),
        (ConcernCategory.Relationship, "A romantic or sexual relationship"),
        (ConcernCategory.DataProtection, "Personal data mishandled"),
        (ConcernCategory.Other, "Something else"),
    ];

    public static void Map(RouteGroupBuilder participant)
    {
        participant.MapLinkPage(ApiRoutes.ConcernReport, LinkPurpose.Concern, FormAsync, "ConcernForm", "The concern form of a concern link.");
        participant.MapLinkAction(ApiRoutes.ConcernReport, LinkPurpose.Concern, ReportAsync, "ReportConcern", "Report a concern as the link's student; answers with its reference.")
            .Accepts<ConcernReportRequest>("application/json", "application/x-www-form-urlencoded")
            .Produces<ConcernReportResponse>(StatusCodes.Status202Accepted)
            .Produces<ConcernReportResponse>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static async Task<IResult> FormAsync(HttpContext http, IParticipantStore participants, IMatchStore matches, CancellationToken cancellationToken)
    {
        var reporterId = StudentIdSyntax.Normalize(LinkClaims.Of(http).StudentId);
        var reporter = await participants.GetAsync(reporterId, cancellationToken);
        if (reporter is null)
        {
            return HtmlPage.Render(http, "Nothing to report here", HtmlPage.Paragraph("We hold no record of you in the peer mentoring scheme any more. To raise a concern, contact the scheme coordinator."), StatusCodes.Status404NotFound);
        }

        var partnerIds = (await matches.ListForStudentAsync(reporterId, cancellationToken))
            .Where(m => m.IsCurrent)
            .Select(m => m.MenteeId == reporterId ? m.MentorId : m.MenteeId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var partners = (await participants.GetManyAsync(partnerIds, cancellationToken)).OrderBy(p => p.StudentId, StringComparer.Ordinal);

        var form = new HtmlBuilder();
        form.Append($"<p>Tell the scheme coordinator what worries you. Only coordinators read this; the person it is about is never told who reported it.</p>");
        form.Append($"<p><strong>If someone is in immediate danger, call 999 first.</strong></p>");
        form.Append($"<form method=\"post\" action=\"{HtmlPage.PostBack(http)}\">");
        form.Append($"<input type=\"hidden\" name=\"submissionId\" value=\"{Guid.NewGuid().ToString("N")}\">");
        form.Append($"<label for=\"about\">Who is it about?</label><select id=\"about\" name=\"about\" required>");
        foreach (var partner in partners)
        {
            var role = partner.Person.Role == ParticipantRole.Mentor ? "My mentor" : "My mentee";
            form.Append($"<option value=\"{partner.StudentId}\">{role}, {partner.Person.FirstName}</option>");
        }

        form.Append($"<option value=\"{reporterId}\">Myself</option></select>");
        form.Append($"<label for=\"category\">What is it about?</label><select id=\"category\" name=\"category\" required>");
        foreach (var (category, words) in Categories)
        {
            form.Append($"<option value=\"{WireName.Of(category)}\">{words}</option>");
        }

        form.Append($"</select>");
        form.Append($"<label><input type=\"checkbox\" name=\"immediateRisk\" value=\"yes\"> Someone is at risk of harm now</label>");
        form.Append($"<label for=\"description\">What happened?</label><textarea id=\"description\" name=\"description\" rows=\"8\" maxlength=\"{ConcernReportRequest.MaximumDescriptionLength}\" required></textarea>");
        form.Append($"<button type=\"submit\">Send to the coordinator</button></form>");
        return HtmlPage.Render(http, "Report a concern", form.ToTrusted());
    }

    internal static async Task<IResult> ReportAsync(HttpContext http, SchemeCommands commands, IParticipantStore participants, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (fields, problem) = await RequestFields.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var reader = new FieldReader(fields!);
        if (ConcernReportRequest.Read(reader) is not { } request)
        {
            return ApiProblems.Fields(reader.Errors);
        }

        var reporterId = StudentIdSyntax.Normalize(LinkClaims.Of(http).StudentId);
        if (await participants.GetAsync(request.About, cancellationToken) is null)
        {
            return ApiProblems.Fields(new Dictionary<string, string[]> { ["about"] = ["is not a participant of the scheme"] }, StatusCodes.Status422UnprocessableEntity);
        }

        var receipt = await commands.ReportConcernAsync(
            new ConcernReport(reporterId, request.About, request.Category, request.ImmediateRisk, request.Description,
                request.SubmissionId is { } submission ? SubmissionKey.For(reporterId, submission) : null),
            cancellationToken);
        if (receipt.Reference is not { } reference)
        {
            return fields!.IsForm
                ? HtmlPage.Render(http, "Nothing to report here", HtmlPage.Paragraph("We hold no record of you in the peer mentoring scheme any more. To raise a concern, contact the scheme coordinator."), StatusCodes.Status404NotFound)
                : ApiProblems.NotFound("The link's student is no longer in the scheme.");
        }

        ApiLog.ConcernReported(loggers.CreateLogger(typeof(ConcernReportEndpoints).FullName!), reference.Value, receipt.Outcome);
        if (fields!.IsForm)
        {
            var thanks = new HtmlBuilder();
            thanks.Append($"<p>Thank you. The scheme coordinator has your report; its reference is <strong>{reference.Value}</strong>. You will get an email confirming it.</p>");
            thanks.Append($"<p>If someone is in immediate danger, call 999.</p>");
            return HtmlPage.Render(http, "Your concern has been sent", thanks.ToTrusted());
        }

        var response = new ConcernReportResponse(reference, receipt.Outcome);
        return receipt.Outcome == CommandOutcome.Accepted ? Results.Json(response, statusCode: StatusCodes.Status202Accepted) : Results.Ok(response);
    }
}
