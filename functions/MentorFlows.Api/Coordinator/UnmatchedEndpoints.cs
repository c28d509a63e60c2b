using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorFlows.Api.Coordinator;

/// <summary><c>GET /api/coordinator/unmatched</c>: the mentees waiting for a mentor after the latest matching, longest waiting first; a page for a browser.</summary>
internal static class UnmatchedEndpoints
{
    public static void Map(RouteGroupBuilder coordinator)
    {
        coordinator.MapGet("/" + ApiRoutes.Unmatched, ListAsync)
            .WithName("ListUnmatched")
            .WithSummary("Mentees waiting for a mentor, each with the reason.")
            .Produces<IReadOnlyList<UnmatchedMentee>>();
    }

    internal static async Task<IResult> ListAsync(HttpContext http, IMatchStore matches, IParticipantStore participants, CancellationToken cancellationToken)
    {
        var waiting = await matches.ListWaitingAsync(cancellationToken);
        var people = (await participants.GetManyAsync([.. waiting.Select(w => w.MenteeId)], cancellationToken)).ToDictionary(p => p.StudentId, StringComparer.Ordinal);
        List<UnmatchedMentee> list = [.. waiting
            .Where(w => !people.TryGetValue(w.MenteeId, out var person) || person.IsActive)
            .OrderBy(w => w.SinceUtc).ThenBy(w => w.MenteeId, StringComparer.Ordinal)
            .Select(w =>
            {
                var person = people.GetValueOrDefault(w.MenteeId)?.Person;
                return new UnmatchedMentee(w.MenteeId, person?.FirstName, person?.LastName, person?.Email, w.School, w.Reason, w.Explanation, w.SinceUtc);
            })];
        return Http.BrowserRequest.WantsHtml(http) ? Http.CoordinatorPage.Render(http, "Unmatched mentees", CoordinatorViews.Unmatched(list)) : Results.Ok(list);
    }
}
