namespace MentorFlows.Local.Tests.Api;

/// <summary>One host with the sample cohort for a whole test class whose requests must change nothing (forgeries, refusals).</summary>
public sealed class SampleCohortHost : IAsyncLifetime
{
    internal ApiHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ApiHost.StartWithSampleCohortAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
