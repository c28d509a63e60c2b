using MentorFlows.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The Azure Functions isolated worker (azure-api-reference.md §1): FunctionsApplication.CreateBuilder already applies
// ConfigureFunctionsWorkerDefaults; the Durable extension registers itself. The services: DependencyInjection.cs.
var builder = FunctionsApplication.CreateBuilder(args);
await builder.Services.AddMentorFlowsAzureHostAsync(builder.Configuration);
builder.Build().Run();
