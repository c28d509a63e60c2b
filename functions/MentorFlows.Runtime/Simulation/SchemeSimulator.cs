namespace MentorFlows.Runtime.Simulation;

/// <summary>
/// Runs a scheme year on the embedded runtime with a virtual clock (DESIGN.md <c>simulate</c>): the workflows, the
/// in-memory stores and the caller's mailer; the cohort uploaded at the start, each event injected at its instant
/// through <c>SchemeCommands</c>, then on to the end of retention.
/// </summary>
public static class SchemeSimulator
{
    /// <summary>Runs the year and returns its timeline, summary and report data (see <see cref="SimulationResult"/>).</summary>
    /// <exception cref="ArgumentException">The request is unusable (no cohort content, an upload event without a reader, an event outside the run).</exception>
    public static Task<SimulationResult> RunAsync(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        throw new NotSupportedException("SchemeSimulator is not finished yet: this commit fixes its API only.");
    }
}
