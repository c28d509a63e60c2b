using System.Text.Json;
using System.Text.Json.Serialization;
using MentorFlows.Api.Coordinator;
using MentorFlows.Api.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Api;

/// <summary>The HTTP API's services: problem details, JSON (camelCase, enums by wire name), rate limits, OpenAPI, keys.</summary>
public static class ApiServices
{
    public static IServiceCollection AddMentorFlowsApi(this IServiceCollection services, ApiLimits limits, string coordinatorKey)
    {
        ArgumentNullException.ThrowIfNull(limits);
        services.AddSingleton(limits);
        services.AddSingleton(new CoordinatorKey(coordinatorKey));
        services.AddSingleton<CoordinatorSession>();
        services.AddSingleton<SchemeHealthReader>();
        services.AddProblemDetails();
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddApiRateLimits(limits);
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "MentorFlows API";
            document.Info.Description =
                "Participant routes take a signed link token (?token=...) from a scheme email. Coordinator routes take the " +
                $"coordinator key in the {CoordinatorKeyFilter.HeaderName} header (or, in a browser, the session cookie set by signing in at " +
                $"/api/{ApiRoutes.CoordinatorSignIn}; coordinator pages are served for Accept: text/html). Errors are application/problem+json naming the field.";
            return Task.CompletedTask;
        }));
        return services;
    }
}
