using MentorFlows.Api.Http;
using MentorFlows.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The Azure Functions isolated worker (azure-api-reference.md §1): FunctionsApplication.CreateBuilder already applies
// ConfigureFunctionsWorkerDefaults; the Durable extension registers itself; ConfigureFunctionsWebApplication is the
// ASP.NET Core integration the HTTP triggers use (HttpRequest in, IResult out). The services: DependencyInjection.cs.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// The worker's ASP.NET Core integration logs each request's URL with its query string (signed-link tokens) and
// forwards worker logs to Application Insights: the same filter as serve (FrameworkRequestLogs).
builder.Services.AddLogging(logging => logging.QuietFrameworkRequestLogs());
await builder.Services.AddMentorFlowsAzureHostAsync(builder.Configuration);
builder.Build().Run();
