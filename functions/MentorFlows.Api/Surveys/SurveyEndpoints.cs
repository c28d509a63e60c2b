using MentorFlows.Api.Html;
using MentorFlows.Api.Http;
using MentorFlows.Api.Security;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorFlows.Api.Surveys;

/// <summary>
/// Answering a review or the final feedback survey from its email link (<see cref="SchemeLinks.SurveyRoute"/>): the
/// link names the student, the survey and, for a review, the pair (<see cref="SurveyScope"/>). GET shows the form and
/// changes nothing (mail scanners follow links); POST records the answer
/// (<see cref="SchemeCommands.RecordSurveyAnswerAsync"/>); a second answer replaces the first.
/// </summary>
internal static class SurveyEndpoints
{
    public static void Map(RouteGroupBuilder participant)
    {
        participant.MapLinkPage(ApiRoutes.Survey, LinkPurpose.Survey, FormAsync, "SurveyForm", "The survey form of a review or final feedback survey link.");
        participant.MapLinkAction(ApiRoutes.Survey, LinkPurpose.Survey, AnswerAsync, "AnswerSurvey", "Record a survey answer for the link's survey and pair (replaces an earlier answer).")
            .Accepts<SurveyAnswerRequest>("application/json", "application/x-www-form-urlencoded")
            .Produces<CommandResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> FormAsync(HttpContext http, IParticipantStore participants, CancellationToken cancellationToken)
    {
        if (Scope(http) is not { } scope)
        {
            return ApiProblems.LinkRefused();
        }

        var student = await participants.GetAsync(StudentIdSyntax.Normalize(LinkClaims.Of(http).StudentId), cancellationToken);
        if (student is not { IsActive: true })
        {
            return HtmlPage.Render(http, "This survey is closed", HtmlPage.Paragraph("You are no longer taking part in the peer mentoring scheme, so there is nothing to answer."), StatusCodes.Status404NotFound);
        }

        var isMentor = student.Person.Role == ParticipantRole.Mentor;
        var with = isMentor
            ? scope.PartnerId is { } menteeId && await participants.GetAsync(StudentIdSyntax.Normalize(menteeId), cancellationToken) is { } mentee
                ? $"your mentee {mentee.Person.FirstName}"
                : scope.PartnerId is null ? "your mentees" : "your mentee"
            : "your mentor";
        var form = new HtmlBuilder();
        form.Append($"<p>Three quick questions; only the first two need an answer. If you have answered already, sending again replaces your earlier answer.</p>");
        form.Append($"<form method=\"post\" action=\"{HtmlPage.PostBack(http)}\">");
        form.Append($"<fieldset><legend>{SurveyQuestions.Rating(scope.Point, with)}</legend>");
        for (var rating = SurveyAnswer.MinimumRating; rating <= SurveyAnswer.MaximumRating; rating++)
        {
            var required = new TrustedHtml(rating == SurveyAnswer.MinimumRating ? " required" : string.Empty);
            form.Append($"<label><input type=\"radio\" name=\"rating\" value=\"{rating}\"{required}> {rating} – {SurveyQuestions.RatingWords[rating - SurveyAnswer.MinimumRating]}</label>");
        }

        form.Append($"</fieldset><fieldset><legend>{SurveyQuestions.Recommend}</legend>");
        form.Append($"<label><input type=\"radio\" name=\"recommend\" value=\"yes\" required> Yes</label>");
        form.Append($"<label><input type=\"radio\" name=\"recommend\" value=\"no\"> No</label></fieldset>");
        form.Append($"<label for=\"comment\">{SurveyQuestions.Comment}</label>");
        form.Append($"<textarea id=\"comment\" name=\"comment\" rows=\"5\" maxlength=\"{SurveyAnswer.MaximumCommentLength}\" aria-describedby=\"comment-note\"></textarea>");
        form.Append($"<p id=\"comment-note\" class=\"note\">{SurveyQuestions.CommentNote}</p>");
        form.Append($"<button type=\"submit\">Send</button></form>");
        form.Append($"<p class=\"note\">Anything worrying? Use the concern link in your scheme emails, or contact the scheme coordinator.</p>");
        return HtmlPage.Render(http, SurveyQuestions.Title(scope.Point), form.ToTrusted());
    }

    internal static async Task<IResult> AnswerAsync(HttpContext http, SchemeCommands commands, CancellationToken cancellationToken)
    {
        if (Scope(http) is not { } scope)
        {
            return ApiProblems.LinkRefused();
        }

        var (fields, problem) = await RequestFields.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var reader = new FieldReader(fields!);
        if (SurveyAnswerRequest.Read(reader) is not { } answer)
        {
            return ApiProblems.Fields(reader.Errors);
        }

        var outcome = await commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand(LinkClaims.Of(http).StudentId, scope.Point, answer.ToAnswer(), scope.PartnerId), cancellationToken);
        if (!fields!.IsForm)
        {
            return CommandResults.For(outcome, "token", "The link's student is no longer in the scheme.", "This survey no longer applies: the student has left the scheme or was never in this pair.");
        }

        return outcome switch
        {
            CommandOutcome.Accepted or CommandOutcome.AlreadyDone => HtmlPage.Render(http, "Thank you", HtmlPage.Paragraph("Your answers are recorded. They help us make the scheme better. You can send the survey again to change them.")),
            _ => HtmlPage.Render(http, "This survey is closed", HtmlPage.Paragraph("This survey no longer applies: you have left the scheme."), StatusCodes.Status409Conflict),
        };
    }

    /// <summary>The link's survey and pair; null if the scope is not one this scheme makes.</summary>
    private static SurveyScope? Scope(HttpContext http) =>
        SurveyScope.TryParse(LinkClaims.Of(http).Scope, out var scope) && (scope!.PartnerId is null || StudentIdSyntax.IsValid(scope.PartnerId))
            ? scope
            : null;
}
