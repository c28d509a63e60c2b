using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Api.Http;

/// <summary>
/// Gives a problem+json body to answers the framework makes without one: no such route (404), wrong method (405),
/// a body of a type the route does not take (415, routing's content-type check; it names <c>body</c>).
/// </summary>
public static class EmptyStatusProblems
{
    public static IApplicationBuilder UseEmptyStatusProblems(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseStatusCodePages(async (StatusCodeContext context) =>
        {
            var http = context.HttpContext;
            if (http.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            {
                await ApiProblems.Body(StatusCodes.Status415UnsupportedMediaType, "This route does not take a body of this type; see the OpenAPI document for what it takes.").ExecuteAsync(http);
                return;
            }

            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = http.Response.StatusCode },
            });
        });
    }
}
