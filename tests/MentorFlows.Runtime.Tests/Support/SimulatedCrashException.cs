namespace MentorFlows.Runtime.Tests.Support;

/// <summary>Thrown by <see cref="CrashingStore"/>: the process "died" here.</summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("Simulated crash.")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
