using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Engine;

internal sealed record EmbeddedActivityContext(string Name, string InstanceId) : IActivityContext;
