using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Functions.Durable;

/// <summary>
/// What an activity knows about its call: its function name (<c>FunctionContext.FunctionDefinition.Name</c>) and the
/// orchestration instance that scheduled it (the <c>string instanceId</c> parameter Durable fills for activity triggers).
/// </summary>
public sealed record DurableActivityContextAdapter(string Name, string InstanceId) : IActivityContext;
