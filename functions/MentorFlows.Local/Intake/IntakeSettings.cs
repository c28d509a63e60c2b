namespace MentorFlows.Local.Intake;

/// <summary>
/// The cohort intake folder (<c>MentorFlows:IntakeFolder</c>, timings in <c>MentorFlows:Intake</c>). A file dropped
/// in <see cref="Folder"/> is taken once it has not changed for <see cref="StableAfter"/>; the folder is scanned every
/// <see cref="ScanInterval"/> besides reacting to file-system events (which can be missed).
/// </summary>
public sealed record IntakeSettings(string Folder, TimeSpan ScanInterval, TimeSpan StableAfter)
{
    public const string FolderKey = "MentorFlows:IntakeFolder";

    public const string SectionName = "MentorFlows:Intake";

    public static readonly TimeSpan DefaultScanInterval = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DefaultStableAfter = TimeSpan.FromSeconds(2);
}
