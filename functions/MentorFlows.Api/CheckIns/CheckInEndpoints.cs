using System.Globalization;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Api.Http;
using MentorFlows.Api.Security;
using MentorFlows.Api.Html;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorFlows.Api.CheckIns;

/// <summary>
/// Answering a monthly check-in from its email link (<see cref="SchemeLinks.CheckInRoute"/>): the link names the
/// student, the pair (by its mentee) and the round. GET shows the form (<c>met=yes|no</c> preselects), POST records
/// the answer (<see cref="SchemeCommands.RecordCheckInResponseAsync"/>); a second answer replaces the first.
/// </summary>
internal static class CheckInEndpoints
{
    public static void Map(RouteGroupBuilder participant)
    {
        participant.MapLinkPage(ApiRoutes.CheckIn, LinkPurpose.CheckInResponse, FormAsync, "CheckInForm", "The check-in form of a check-in link; ?met=yes|no preselects the answer.");
        participant.MapLinkAction(ApiRoutes.CheckIn, LinkPurpose.CheckInResponse, AnswerAsync, "AnswerCheckIn", "Record a check-in answer for the link's pair and round (replaces an earlier answer).")
            .Accepts<CheckInAnswerRequest>("application/json", "application/x-www-form-urlencoded")
            .Produces<CommandResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> FormAsync(string? met, HttpContext http, SchemeCalendar calendar, IParticipantStore participants, CancellationToken cancellationToken)
    {
        if (Scope(http, calendar) is not { } scope)
        {
            return ApiProblems.LinkRefused();
        }

        var student = await participants.GetAsync(StudentIdSyntax.Normalize(LinkClaims.Of(http).StudentId), cancellationToken);
        if (student is not { IsActive: true })
        {
            return HtmlPage.Render(http, "This check-in is closed", HtmlPage.Paragraph("You are no longer taking part in the peer mentoring scheme, so there is nothing to answer."), StatusCodes.Status404NotFound);
        }

        var month = calendar.CheckInRounds[scope.Round - 1].CoveredMonth.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var about = student.Person.Role == ParticipantRole.Mentor
            && await participants.GetAsync(StudentIdSyntax.Normalize(scope.MenteeId), cancellationToken) is { } mentee
                ? $"your mentee {mentee.Person.FirstName}"
                : "your mentor";
        var yes = string.Equals(met, "yes", StringComparison.OrdinalIgnoreCase);
        var no = string.Equals(met, "no", StringComparison.OrdinalIgnoreCase);
        var form = new HtmlBuilder();
        form.Append($"<p>How did mentoring with {about} go in {month}?</p>");
        form.Append($"<form method=\"post\" action=\"{HtmlPage.PostBack(http)}\">");
        form.Append($"<label><input type=\"radio\" name=\"met\" value=\"yes\" required{new TrustedHtml(yes ? " checked" : string.Empty)}> We met</label>");
        form.Append($"<label><input type=\"radio\" name=\"met\" value=\"no\"{new TrustedHtml(no ? " checked" : string.Empty)}> We did not meet</label>");
        form.Append($"<label for=\"hours\">Roughly how many hours, in total? (optional)</label><input id=\"hours\" name=\"hours\" type=\"number\" min=\"0\" max=\"{CheckInAnswerRequest.MaximumHours}\" step=\"0.5\">");
        form.Append($"<label><input type=\"checkbox\" name=\"dailyContact\" value=\"yes\"> We were in contact every day</label>");
        form.Append($"<button type=\"submit\">Send</button></form>");
        form.Append($"<p class=\"note\">Anything worrying? Use the concern link in your scheme emails, or contact the scheme coordinator.</p>");
        return HtmlPage.Render(http, "Your monthly check-in", form.ToTrusted());
    }

    internal static async Task<IResult> AnswerAsync(HttpContext http, SchemeCommands commands, SchemeCalendar calendar, CancellationToken cancellationToken)
    {
        if (Scope(http, calendar) is not { } scope)
        {
            return ApiProblems.LinkRefused();
        }

        var (fields, problem) = await RequestFields.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var reader = new FieldReader(fields!);
        if (CheckInAnswerRequest.Read(reader) is not { } answer)
        {
            return ApiProblems.Fields(reader.Errors);
        }

        var outcome = await commands.RecordCheckInResponseAsync(
            new CheckInAnswerCommand(LinkClaims.Of(http).StudentId, answer.Met, answer.Hours, answer.DailyContact, scope.MenteeId, scope.Round), cancellationToken);
        if (!fields!.IsForm)
        {
            return CommandResults.For(outcome, "token", "The link's student is no longer in the scheme.", "This check-in no longer applies: the match has ended or the student has left.");
        }

        return outcome switch
        {
            CommandOutcome.Accepted or CommandOutcome.AlreadyDone => HtmlPage.Render(http, "Thank you", HtmlPage.Paragraph("Your check-in answer is recorded. You can send it again to change it.")),
            _ => HtmlPage.Render(http, "This check-in is closed", HtmlPage.Paragraph("This check-in no longer applies: the match has ended or you have left the scheme."), StatusCodes.Status409Conflict),
        };
    }

    /// <summary>The link's pair and round; null if the scope is not one this scheme makes (a link from another scheme year).</summary>
    private static CheckInResponseScope? Scope(HttpContext http, SchemeCalendar calendar) =>
        CheckInResponseScope.TryParse(LinkClaims.Of(http).Scope, out var scope) && scope!.Round <= calendar.CheckInRounds.Count && StudentIdSyntax.IsValid(scope.MenteeId)
            ? scope
            : null;
}
