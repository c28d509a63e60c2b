using System.Text;
using System.Text.Json;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Local.Outbox;

/// <summary>
/// The local host's mailer: "sending" appends the email as one line to <c>outbox.jsonl</c> (<see cref="OutboxEntry"/>),
/// stamped with the time of the clock it was opened with, or, opened without one, with the message's
/// <see cref="EmailMessage.NotBeforeUtc"/> (for a caller that cannot see the clock the sender runs on: a simulation's
/// virtual clock sends each email when its timer reaches that instant). Keeps <see cref="IMailer"/>'s
/// contract: an id already in the file is not written again, also after a restart, because the file's ids are read
/// when it is opened. Each line is flushed to the operating system before <see cref="SendAsync"/> returns, so a
/// crash of this process never loses a recorded send. A line cut short (a crash mid-write, a full disk) is removed
/// when the file is next opened or at once, so that email counts as unsent and its retry writes it whole.
/// Thread-safe: activities may send concurrently.
/// </summary>
public sealed class OutboxFileMailer : IMailer, IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly FileStream _stream;
    private readonly TimeProvider? _time;
    private readonly HashSet<string> _sent;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private OutboxFileMailer(FileStream stream, TimeProvider? time, HashSet<string> sent)
    {
        _stream = stream;
        _time = time;
        _sent = sent;
    }

    public string Path => _stream.Name;

    /// <summary>How many emails the file holds (before and since opening).</summary>
    public int Count
    {
        get
        {
            _gate.Wait();
            try
            {
                return _sent.Count;
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    /// <summary>Opens (or creates) the outbox at <paramref name="path"/>, reading the ids already in it.</summary>
    /// <param name="path">The outbox file.</param>
    /// <param name="time">The clock that stamps <see cref="OutboxEntry.SentAtUtc"/>; null stamps each email with its NotBeforeUtc.</param>
    /// <exception cref="InvalidDataException">A complete line of the file is not an outbox entry.</exception>
    public static OutboxFileMailer Open(string path, TimeProvider? time)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var sent = ReadIdsAndDropPartialLine(stream);
            stream.Seek(0, SeekOrigin.End);
            return new OutboxFileMailer(stream, time, sent);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public async Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_sent.Contains(message.Id))
            {
                return MailSendOutcome.AlreadySent;
            }

            var entry = OutboxEntry.Of(message, _time?.GetUtcNow().UtcDateTime ?? message.NotBeforeUtc);
            var line = JsonSerializer.SerializeToUtf8Bytes(entry, OutboxJson.Options);
            var start = _stream.Length;
            try
            {
                await _stream.WriteAsync(line, CancellationToken.None);
                await _stream.WriteAsync(NewLine, CancellationToken.None);
                await _stream.FlushAsync(CancellationToken.None);
            }
            catch (IOException)
            {
                // Leave no half line behind: the activity's retry must find this email unsent and write it whole.
                _stream.SetLength(start);
                throw;
            }

            _sent.Add(message.Id);
            return MailSendOutcome.Sent;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        _gate.Dispose();
    }

    private static HashSet<string> ReadIdsAndDropPartialLine(FileStream stream)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (complete < bytes.Length)
        {
            stream.SetLength(complete);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        var start = 0;
        while (start < complete)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            lineNumber++;
            var line = Encoding.UTF8.GetString(bytes, start, end - start).TrimEnd('\r');
            if (line.Length > 0)
            {
                ids.Add(OutboxFile.Parse(line, lineNumber).Id);
            }

            start = end + 1;
        }

        return ids;
    }
}
