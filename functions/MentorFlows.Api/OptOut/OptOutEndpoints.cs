using MentorFlows.Api.Http;
using MentorFlows.Api.Security;
using MentorFlows.Api.Html;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorFlows.Api.OptOut;

/// <summary>
/// Leaving the scheme (DOMAIN.md "Opt-out"). From an email link (<see cref="SchemeLinks.OptOutRoute"/>): GET shows a
/// confirmation page and changes nothing (mail scanners follow links); POST leaves, from the page's form, an RFC 8058
/// one-click POST (<c>List-Unsubscribe=One-Click</c>) or a JSON client; a repeat changes nothing more. A coordinator
/// can also take a student out by id and name. A mentor leaving is a resignation (their mentees are re-matched).
/// </summary>
internal static class OptOutEndpoints
{
    private const string NotFound = "There is no participant with this student id in the scheme (never enrolled, or their data has been erased).";

    public static void MapParticipant(RouteGroupBuilder participant)
    {
        participant.MapLinkPage(ApiRoutes.OptOut, LinkPurpose.OptOut, ConfirmAsync, "OptOutPage", "The confirmation page of an opt-out link (changes nothing).");
        participant.MapLinkAction(ApiRoutes.OptOut, LinkPurpose.OptOut, LeaveAsync, "OptOut", "Leave the scheme (the page's form, RFC 8058 one-click, or JSON). Idempotent.")
            .Accepts<IDictionary<string, string>>("application/x-www-form-urlencoded", "multipart/form-data", "application/json")
            .Produces<CommandResponse>(StatusCodes.Status202Accepted)
            .Produces<CommandResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapCoordinator(RouteGroupBuilder coordinator)
    {
        coordinator.MapPost("/" + ApiRoutes.CoordinatorOptOuts, CoordinatorLeaveAsync)
            .WithName("CoordinatorOptOut")
            .WithSummary("Take a student out of the scheme by student id and name (the name must match the record).")
            .Accepts<CoordinatorOptOutRequest>("application/json")
            .Produces<CommandResponse>(StatusCodes.Status202Accepted)
            .Produces<CommandResponse>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static async Task<IResult> ConfirmAsync(HttpContext http, IParticipantStore participants, CancellationToken cancellationToken)
    {
        var claims = LinkClaims.Of(http);
        var record = await participants.GetAsync(Domain.Cohort.StudentIdSyntax.Normalize(claims.StudentId), cancellationToken);
        if (record is null)
        {
            return HtmlPage.Render(http, "Nothing to do", HtmlPage.Paragraph("We hold no record of you in the peer mentoring scheme any more: you have nothing to leave."), StatusCodes.Status404NotFound);
        }

        if (!record.IsActive)
        {
            return HtmlPage.Render(http, "You have left the scheme", HtmlPage.Paragraph("You left the peer mentoring scheme already. You will get no more scheme emails."));
        }

        var body = new HtmlBuilder();
        body.Append($"<p>If you leave, you get no more emails from the peer mentoring scheme, your match ends and your mentoring partner is told that you have left (not why).</p>");
        body.Append($"<p>You can leave at any time; you do not need to give a reason.</p>");
        body.Append($"<form method=\"post\" action=\"{HtmlPage.PostBack(http)}\"><button type=\"submit\">Yes, leave the scheme</button></form>");
        body.Append($"<p class=\"note\">If you did not mean to open this page, close it: nothing has changed.</p>");
        return HtmlPage.Render(http, "Leave the peer mentoring scheme?", body.ToTrusted());
    }

    internal static async Task<IResult> LeaveAsync(HttpContext http, SchemeCommands commands, CancellationToken cancellationToken)
    {
        var (fields, problem) = await RequestFields.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await commands.OptOutAsync(LinkClaims.Of(http).StudentId, cancellationToken);
        if (!fields!.IsForm)
        {
            return CommandResults.For(outcome, "token", NotFound, "This participant cannot leave the scheme.");
        }

        return outcome == CommandOutcome.NotFound
            ? HtmlPage.Render(http, "Nothing to do", HtmlPage.Paragraph("We hold no record of you in the peer mentoring scheme any more: you have nothing to leave."), StatusCodes.Status404NotFound)
            : HtmlPage.Render(http, "You have left the scheme", HtmlPage.Paragraph("You have left the peer mentoring scheme. You will get a confirmation email, and no other scheme email after it."));
    }

    internal static async Task<IResult> CoordinatorLeaveAsync(HttpContext http, SchemeCommands commands, IParticipantStore participants, CancellationToken cancellationToken)
    {
        var (fields, problem) = await RequestFields.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var reader = new FieldReader(fields!);
        if (CoordinatorOptOutRequest.Read(reader) is not { } request)
        {
            return ApiProblems.Fields(reader.Errors);
        }

        var record = await participants.GetAsync(request.StudentId, cancellationToken);
        if (record is null)
        {
            return ApiProblems.NotFound(NotFound);
        }

        if (!RecordedName.Matches(record.Person, request.Name))
        {
            return ApiProblems.Fields(new Dictionary<string, string[]> { ["name"] = ["does not match the name on record for this student id"] }, StatusCodes.Status422UnprocessableEntity);
        }

        var outcome = await commands.OptOutAsync(request.StudentId, cancellationToken);
        return CommandResults.For(outcome, "studentId", NotFound, "This participant cannot leave the scheme.");
    }
}
