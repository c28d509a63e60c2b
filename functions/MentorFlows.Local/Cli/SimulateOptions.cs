namespace MentorFlows.Local.Cli;

/// <summary>The arguments of <c>simulate</c> (DESIGN.md); <see cref="From"/> and <see cref="To"/> as typed (see <see cref="Simulation.RunWindow"/>).</summary>
public sealed record SimulateOptions(FileInfo Cohort, DirectoryInfo Out)
{
    public FileInfo? Events { get; init; }

    public FileInfo? Scheme { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }
}
