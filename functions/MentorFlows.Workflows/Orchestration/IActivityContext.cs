namespace MentorFlows.Workflows.Orchestration;

/// <summary>What an activity knows about its call (mirrors Durable's <c>TaskActivityContext</c>).</summary>
public interface IActivityContext
{
    /// <summary>The activity's registered name.</summary>
    string Name { get; }

    /// <summary>The orchestration instance that scheduled it.</summary>
    string InstanceId { get; }
}
