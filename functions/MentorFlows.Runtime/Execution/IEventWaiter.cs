namespace MentorFlows.Runtime.Execution;

/// <summary>A waiter for an external event, whatever its payload type.</summary>
internal interface IEventWaiter
{
    bool IsWaiting { get; }

    void Deliver(string? payload);
}
