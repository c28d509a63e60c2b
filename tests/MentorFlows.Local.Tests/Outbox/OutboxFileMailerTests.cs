using System.Text.Json;
using MentorFlows.Local.Outbox;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Local.Tests.Outbox;

public sealed class OutboxFileMailerTests
{
    [Fact]
    public async Task SendAsync_WritesOneLineInTheDesignShape()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "outbox.jsonl");
        var time = new FixedTime(new DateTimeOffset(2025, 10, 6, 9, 0, 5, TimeSpan.Zero));
        using (var mailer = OutboxFileMailer.Open(path, time))
        {
            Assert.Equal(MailSendOutcome.Sent, await mailer.SendAsync(TestEmails.Intro(), CancellationToken.None));
        }

        var line = Assert.Single(File.ReadAllLines(path));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(
            ["id", "kind", "to", "cc", "from", "replyTo", "subject", "sentAtUtc", "studentIds", "textBody", "htmlBody", "headers"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("intro", root.GetProperty("kind").GetString());
        Assert.Equal("2025-10-06T09:00:05Z", root.GetProperty("sentAtUtc").GetString());
        Assert.Equal("m25000001@example.ac.uk", root.GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Equal("Aoife Ní Bhriain", root.GetProperty("to")[0].GetProperty("name").GetString());
        Assert.Equal("s.osullivan@example.ac.uk", root.GetProperty("replyTo").GetProperty("address").GetString());
        Assert.Equal(["25000001", "22000001"], root.GetProperty("studentIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Aoife Ní Bhriain", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_OpenedWithoutAClock_StampsTheMessagesNotBefore()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "outbox.jsonl");
        using (var mailer = OutboxFileMailer.Open(path, time: null))
        {
            await mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);
        }

        Assert.Equal(TestEmails.Morning, Assert.Single(OutboxFile.ReadAll(path)).SentAtUtc);
    }

    [Fact]
    public async Task SendAsync_SameIdTwice_WritesOnce()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "outbox.jsonl");
        using var mailer = OutboxFileMailer.Open(path, TimeProvider.System);

        var first = await mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);
        var second = await mailer.SendAsync(TestEmails.Intro() with { Subject = "changed" }, CancellationToken.None);

        Assert.Equal((MailSendOutcome.Sent, MailSendOutcome.AlreadySent), (first, second));
        Assert.Single(File.ReadAllLines(path));
    }

    [Fact]
    public async Task Open_AfterRestart_KnowsTheIdsAlreadySent()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "outbox.jsonl");
        using (var before = OutboxFileMailer.Open(path, TimeProvider.System))
        {
            await before.SendAsync(TestEmails.Intro(), CancellationToken.None);
            await before.SendAsync(TestEmails.Alert(), CancellationToken.None);
        }

        using var after = OutboxFileMailer.Open(path, TimeProvider.System);
        var again = await after.SendAsync(TestEmails.Alert(), CancellationToken.None);
        var other = await after.SendAsync(TestEmails.Intro("25000002", "Zoë Weiß"), CancellationToken.None);

        Assert.Equal((MailSendOutcome.AlreadySent, MailSendOutcome.Sent), (again, other));
        Assert.Equal(3, after.Count);
        Assert.Equal(3, OutboxFile.ReadAll(path).Count);
    }

    [Fact]
    public async Task Open_LineCutShortByACrash_IsDroppedAndThatEmailSentAgainWhole()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "outbox.jsonl");
        using (var before = OutboxFileMailer.Open(path, TimeProvider.System))
        {
            await before.SendAsync(TestEmails.Intro(), CancellationToken.None);
            await before.SendAsync(TestEmails.Alert(), CancellationToken.None);
        }

        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length - 40)]);

        using var after = OutboxFileMailer.Open(path, TimeProvider.System);
        var retried = await after.SendAsync(TestEmails.Alert(), CancellationToken.None);

        Assert.Equal(MailSendOutcome.Sent, retried);
        Assert.Equal([TestEmails.Intro().Id, TestEmails.Alert().Id], OutboxFile.ReadAll(path).Select(e => e.Id));
    }

    [Fact]
    public void Open_CorruptCompleteLine_FailsNamingTheLineOnly()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("outbox.jsonl", "{\"id\":\"x\"\nAoife\n");

        var error = Assert.Throws<InvalidDataException>(() => OutboxFileMailer.Open(path, TimeProvider.System));

        Assert.Equal("outbox.jsonl line 1 is not an outbox entry.", error.Message);
    }

    [Fact]
    public async Task SendAsync_Concurrent_EachIdOnce()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "outbox.jsonl");
        using var mailer = OutboxFileMailer.Open(path, TimeProvider.System);
        var messages = Enumerable.Range(0, 50).Select(i => TestEmails.Intro((25000000 + (i % 10)).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var outcomes = await Task.WhenAll(messages.Select(m => mailer.SendAsync(m, CancellationToken.None)));

        Assert.Equal(10, outcomes.Count(o => o == MailSendOutcome.Sent));
        Assert.Equal(10, OutboxFile.ReadAll(path).Select(e => e.Id).Distinct().Count());
        Assert.Equal(10, File.ReadAllLines(path).Length);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
