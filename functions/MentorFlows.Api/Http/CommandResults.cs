using MentorFlows.Workflows.Commands;
using Microsoft.AspNetCore.Http;

namespace MentorFlows.Api.Http;

/// <summary>Turns a <see cref="CommandOutcome"/> into the HTTP answer every command route gives.</summary>
public static class CommandResults
{
    /// <param name="outcome">What the command did.</param>
    /// <param name="field">The request field the command was about (named by a 404 or 409).</param>
    /// <param name="notFound">Why there is nothing to act on, in a coordinator's words.</param>
    /// <param name="notApplicable">Why the command does not apply.</param>
    public static IResult For(CommandOutcome outcome, string field, string notFound, string notApplicable) => outcome switch
    {
        CommandOutcome.Accepted => Results.Json(new CommandResponse(outcome), statusCode: StatusCodes.Status202Accepted),
        CommandOutcome.AlreadyDone => Results.Json(new CommandResponse(outcome)),
        CommandOutcome.NotFound => ApiProblems.NotFound(notFound),
        CommandOutcome.NotApplicable => ApiProblems.Conflict(field, notApplicable),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown command outcome."),
    };
}
