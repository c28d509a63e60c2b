namespace MentorFlows.Workflows.Orchestration;

/// <summary>A registered activity: its name, payload types and how to run it.</summary>
public sealed record ActivityRegistration(
    string Name,
    Type InputType,
    Type OutputType,
    Func<IServiceProvider, IActivityContext, object?, CancellationToken, Task<object?>> Run);
