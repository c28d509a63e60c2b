using MentorFlows.Domain.Cohort;
using MentorFlows.Api.Http;
using MentorFlows.Workflows.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorFlows.Api.Mentors;

/// <summary>
/// A coordinator records that a mentor is cleared (training, contract, right to work: waiting mentees may be matched
/// to them) or has resigned (000: "unable to continue"; their mentees are re-matched, waiting mentees first).
/// </summary>
internal static class MentorEndpoints
{
    private const string NotFound = "There is no participant with this student id in the scheme (never enrolled, or their data has been erased).";

    public static void Map(RouteGroupBuilder coordinator)
    {
        coordinator.MapPost("/" + ApiRoutes.MentorCleared, ClearedAsync)
            .WithName("MentorCleared")
            .WithSummary("The mentor has completed training, signed the contract and had right to work checked.")
            .Produces<CommandResponse>(StatusCodes.Status202Accepted)
            .Produces<CommandResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        coordinator.MapPost("/" + ApiRoutes.MentorResigned, ResignedAsync)
            .WithName("MentorResigned")
            .WithSummary("The mentor is unable to continue; their mentees are re-matched.")
            .Produces<CommandResponse>(StatusCodes.Status202Accepted)
            .Produces<CommandResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> ClearedAsync(string studentId, SchemeCommands commands, CancellationToken cancellationToken) =>
        StudentIdProblem(studentId) ?? CommandResults.For(
            await commands.MentorClearedAsync(studentId, cancellationToken), "studentId", NotFound, "This student is not an active mentor of the scheme.");

    internal static async Task<IResult> ResignedAsync(string studentId, SchemeCommands commands, CancellationToken cancellationToken) =>
        StudentIdProblem(studentId) ?? CommandResults.For(
            await commands.MentorResignedAsync(studentId, cancellationToken), "studentId", NotFound, "This student is not a mentor of the scheme.");

    private static IResult? StudentIdProblem(string studentId) =>
        StudentIdSyntax.IsValid(studentId) ? null : ApiProblems.Field("studentId", $"must be a student id ({StudentIdSyntax.Description})");
}
