using MentorFlows.Workflows.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Functions.Durable;

/// <summary>What every activity shim does: bind the Durable client, resolve the activity, run it with its context.</summary>
internal static class ActivityRunner
{
    public static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(TInput input, DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken)
        where TActivity : class, IActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var services = executionContext.InstanceServices;
        services.GetRequiredService<BoundDurableClient>().Bind(client);
        return services.GetRequiredService<TActivity>().RunAsync(new DurableActivityContextAdapter(executionContext.FunctionDefinition.Name, instanceId), input, cancellationToken);
    }
}
