using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Local.Intake;

/// <summary>
/// Watches the intake folder (DESIGN.md "a cohort intake folder"): a file dropped into it is processed like an
/// upload once it is stable, i.e. its size and write time have not changed for <see cref="IntakeSettings.StableAfter"/>
/// and no other process holds it open for writing. File-system events wake the service; a scan every
/// <see cref="IntakeSettings.ScanInterval"/> catches what the watcher misses (overflows, network shares, files that
/// were there before the host started). Only files directly in the folder are taken; names starting with '.' or
/// '~', or ending in .tmp, .part or .crdownload (a copy in progress), are left alone. Stability is judged on the
/// machine's own clock, whatever clock the scheme runs on.
/// </summary>
public sealed partial class CohortIntakeService : BackgroundService
{
    private static readonly string[] InProgressSuffixes = [".tmp", ".part", ".crdownload", IntakeFileProcessor.ReportSuffix];

    private readonly IntakeSettings _settings;
    private readonly IntakeFileProcessor _processor;
    private readonly ILogger<CohortIntakeService> _logger;
    private readonly Dictionary<string, Observation> _seen = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);

    public CohortIntakeService(IntakeSettings settings, IntakeFileProcessor processor, ILogger<CohortIntakeService> logger)
    {
        _settings = settings;
        _processor = processor;
        _logger = logger;
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    /// <summary>Creates the folder before the host reports started, so a file can be dropped as soon as it is up.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_settings.Folder);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = new FileSystemWatcher(_settings.Folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        watcher.Error += (_, _) => Wake();
        watcher.EnableRaisingEvents = true;
        LogWatching(_settings.Folder);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // One bad scan (a folder gone, a full disk) must not stop the host; the next scan retries.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogScanFailed(ex.GetType().Name);
            }

            var wait = _seen.Count > 0 ? Min(_settings.StableAfter, _settings.ScanInterval) : _settings.ScanInterval;
            try
            {
                await _wake.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(_settings.Folder).EnumerateFiles())
        {
            if (!IsCandidate(file.Name))
            {
                continue;
            }

            present.Add(file.FullName);
            var now = Stopwatch.GetTimestamp();
            var signature = (file.Length, file.LastWriteTimeUtc);
            if (!_seen.TryGetValue(file.FullName, out var seen) || seen.Signature != signature)
            {
                _seen[file.FullName] = new Observation(signature, now);
                continue;
            }

            if (Stopwatch.GetElapsedTime(seen.Since, now) < _settings.StableAfter || IsOpenForWriting(file))
            {
                continue;
            }

            try
            {
                await _processor.ProcessAsync(file.FullName, DateTime.UtcNow, cancellationToken);
                _seen.Remove(file.FullName);
            }
            catch (IOException ex)
            {
                // Taken away, locked or unreadable between the scan and now: tried again on the next scan.
                LogFileFailed(file.Name, ex.GetType().Name);
                _seen[file.FullName] = seen with { Since = Stopwatch.GetTimestamp() };
            }
        }

        foreach (var gone in _seen.Keys.Where(path => !present.Contains(path)).ToList())
        {
            _seen.Remove(gone);
        }
    }

    private static bool IsCandidate(string name) =>
        !name.StartsWith('.') && !name.StartsWith('~') && !InProgressSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>True while another process holds the file open for writing (opening it without sharing fails).</summary>
    private static bool IsOpenForWriting(FileInfo file)
    {
        try
        {
            using var probe = file.Open(FileMode.Open, FileAccess.Read, FileShare.Read);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Intake: watching {Folder} for cohort files")]
    private partial void LogWatching(string folder);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Intake: a scan failed ({Error}); retrying on the next scan")]
    private partial void LogScanFailed(string error);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Intake: {File} could not be processed yet ({Error}); retrying on the next scan")]
    private partial void LogFileFailed(string file, string error);

    private sealed record Observation((long Length, DateTime LastWriteUtc) Signature, long Since);
}
