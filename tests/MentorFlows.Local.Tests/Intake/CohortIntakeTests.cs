using MentorFlows.Local.Tests.Api;
using MentorFlows.Runtime.Clock;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Tests.Intake;

/// <summary>The intake folder of a running host: drop a file, it is processed once and moved aside with its report.</summary>
public sealed class CohortIntakeTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ValidFile_IsUploadedOnce_AndMovedToProcessedWithItsReport()
    {
        await using var host = await StartAsync();

        File.WriteAllText(Path.Combine(Intake(host), "cohort-2025.csv"), SampleCohort.Csv);
        var report = await ReportAsync(host, "processed/cohort-2025.csv");
        await host.IdleAsync();

        Assert.Contains("outcome: uploaded: uploaded as cohort-cohort-2025.csv-", report, StringComparison.Ordinal);
        Assert.Contains("40 rows: 29 mentees, 11 mentors; 0 errors", report, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Intake(host), "cohort-2025.csv")));
        Assert.Equal(40, (await host.Service<IParticipantStore>().ListAsync(CancellationToken.None)).Count);
        Assert.Single(await host.Service<ICohortUploadStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task InvalidFile_IsRejectedWithLineAndColumn_AndChangesNothing()
    {
        await using var host = await StartAsync();

        File.WriteAllText(Path.Combine(Intake(host), "cohort.csv"), SampleCohort.Csv.Replace("k.mensah@example.ac.uk", "k.mensah@gmail.com", StringComparison.Ordinal));
        var report = await ReportAsync(host, "rejected/cohort.csv");

        Assert.Contains("outcome: rejected: the file has invalid rows", report, StringComparison.Ordinal);
        Assert.Contains("line 6, column email:", report, StringComparison.Ordinal);
        Assert.DoesNotContain("gmail", report, StringComparison.Ordinal);
        Assert.Empty(await host.Service<ICohortUploadStore>().ListAsync(CancellationToken.None));
        Assert.Empty(await host.Service<IParticipantStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ValidFile_AfterTheSchemeHasClosed_IsRejectedNamingStartAndEnd_AndChangesNothing()
    {
        await using var host = await StartAsync(Path.Combine(_folder.Path, "intake"), new VirtualTimeProvider(new DateTimeOffset(2026, 5, 1, 11, 0, 0, TimeSpan.Zero)));

        File.WriteAllText(Path.Combine(Intake(host), "cohort-2025.csv"), SampleCohort.Csv);
        var report = await ReportAsync(host, "rejected/cohort-2025.csv");
        await host.IdleAsync();

        Assert.Contains("outcome: rejected: The scheme year is over: it ran from 2025-10-01 (start in the scheme file) to 2026-04-30 (end)", report, StringComparison.Ordinal);
        Assert.Contains("upload the cohort with next year's scheme file", report, StringComparison.Ordinal);
        Assert.Empty(await host.Service<ICohortUploadStore>().ListAsync(CancellationToken.None));
        Assert.Empty(await host.Service<IParticipantStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NotACohortFile_IsRejectedSayingWhy()
    {
        await using var host = await StartAsync();

        File.WriteAllBytes(Path.Combine(Intake(host), "photo.csv"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        var report = await ReportAsync(host, "rejected/photo.csv");

        Assert.Contains("outcome: rejected: this is not a cohort file", report, StringComparison.Ordinal);
        Assert.Contains("error: ", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameContentAgain_UnderAnotherName_IsNotUploadedTwice()
    {
        await using var host = await StartAsync();
        File.WriteAllText(Path.Combine(Intake(host), "first.csv"), SampleCohort.Csv);
        await ReportAsync(host, "processed/first.csv");

        File.WriteAllText(Path.Combine(Intake(host), "second.csv"), SampleCohort.Csv);
        var report = await ReportAsync(host, "processed/second.csv");

        Assert.Contains("outcome: already received: the same content was received as upload cohort-first.csv-", report, StringComparison.Ordinal);
        Assert.Single(await host.Service<ICohortUploadStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FileThereBeforeTheHostStarted_IsFoundByTheScan_AndANameTakenInProcessedGetsANumber()
    {
        using var folder = new TemporaryDirectory();
        var intake = Path.Combine(folder.Path, "intake");
        Directory.CreateDirectory(Path.Combine(intake, "processed"));
        File.WriteAllText(Path.Combine(intake, "processed", "cohort.csv"), "an earlier year's file");
        File.WriteAllText(Path.Combine(intake, "cohort.csv"), SampleCohort.Csv);

        await using var host = await StartAsync(intake);
        var report = await ReportAsync(host, "processed/cohort-2.csv");

        Assert.Contains("outcome: uploaded", report, StringComparison.Ordinal);
        Assert.Equal("an earlier year's file", File.ReadAllText(Path.Combine(intake, "processed", "cohort.csv")));
    }

    [Fact]
    public async Task FileBeingCopied_IsLeftAloneUntilRenamed()
    {
        await using var host = await StartAsync();
        var partial = Path.Combine(Intake(host), "cohort.csv.part");
        File.WriteAllText(partial, SampleCohort.Csv);
        await Task.Delay(1000);
        Assert.True(File.Exists(partial));

        File.Move(partial, Path.Combine(Intake(host), "cohort.csv"));
        await ReportAsync(host, "processed/cohort.csv");
    }

    private Task<ApiHost> StartAsync() => StartAsync(Path.Combine(_folder.Path, "intake"));

    private static Task<ApiHost> StartAsync(string intake, TimeProvider? clock = null) => ApiHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["MentorFlows:IntakeFolder"] = intake,
            ["MentorFlows:Intake:ScanInterval"] = "00:00:00.200",
            ["MentorFlows:Intake:StableAfter"] = "00:00:00.200",
        },
        clock: clock);

    private static string Intake(ApiHost host) => host.Service<Local.Intake.IntakeSettings>().Folder;

    /// <summary>Waits (bounded) for the file to land at <paramref name="relativePath"/> in the intake folder and returns its report.</summary>
    private static async Task<string> ReportAsync(ApiHost host, string relativePath)
    {
        var path = Path.Combine(Intake(host), relativePath);
        for (var waited = 0; waited < 15_000 && !File.Exists(path); waited += 50)
        {
            await Task.Delay(50);
        }

        Assert.True(File.Exists(path), $"{relativePath} did not appear");
        return await File.ReadAllTextAsync(path + ".report.txt");
    }
}
