using MentorFlows.SendGrid.Client;
using MentorFlows.SendGrid.Ledger;
using MentorFlows.SendGrid.Mapping;
using MentorFlows.SendGrid.Tests.Support;
using MentorFlows.Workflows.Email;
using Microsoft.Extensions.Logging;

namespace MentorFlows.SendGrid.Tests;

public sealed class SendGridMailerTests
{
    [Fact]
    public async Task SendAsync_NewEmail_SendsItAndRecordsSendGridsMessageId()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Accepted("sg-intro"));

        var outcome = await harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);

        Assert.Equal(MailSendOutcome.Sent, outcome);
        Assert.Equal(new SentMailReceipt("intro-0001", "sg-intro", TestEmails.Due), harness.Ledger.FindSent("intro-0001"));
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_SameIdTwice_MakesOneHttpRequest()
    {
        await using var harness = await SendGridHarness.StartAsync();

        var first = await harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);
        var second = await harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);

        Assert.Equal((MailSendOutcome.Sent, MailSendOutcome.AlreadySent), (first, second));
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_SameIdFromTwoWorkersAtOnce_MakesOneHttpRequest()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.AnswerDelay = TimeSpan.FromMilliseconds(200);

        var sends = new[] { harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None), harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None) };
        var finished = await Task.WhenAll(sends.Select(async send =>
        {
            try
            {
                return (Outcome: (MailSendOutcome?)await send, Error: (Exception?)null);
            }
            catch (InvalidOperationException exception)
            {
                return (Outcome: null, Error: exception);
            }
        }));

        Assert.Single(harness.Server.Requests);
        Assert.Single(finished, result => result.Outcome == MailSendOutcome.Sent);
        Assert.Contains("being sent by another attempt", Assert.Single(finished, result => result.Error is not null).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Rejected_ReleasesTheClaimSoAFixedRetrySendsWithoutADuplicateWarning()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Error(403, """{"errors":[{"message":"access forbidden"}]}"""));

        await Assert.ThrowsAsync<SendGridRejectedException>(() => harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None));
        var retry = await harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);

        Assert.Equal(MailSendOutcome.Sent, retry);
        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.DoesNotContain(harness.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("earlier send", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_AfterServerErrorsThatMayHaveDelivered_SendsAgainWithAWarningNamingTheId()
    {
        await using var harness = await SendGridHarness.StartAsync(options => options.MaxAttempts = 1);
        harness.Server.Respond(ScriptedResponse.Error(500, ""));

        var error = await Assert.ThrowsAsync<SendGridUnavailableException>(() => harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None));
        var retry = await harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);

        Assert.True(error.MayHaveBeenAccepted);
        Assert.Equal(MailSendOutcome.Sent, retry);
        var warning = Assert.Single(harness.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Category == typeof(SendGridMailer).FullName);
        Assert.Contains("intro-0001", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_AfterACrashBetweenAcceptAndRecord_WaitsForTheLeaseThenSendsAgainFlagged()
    {
        await using var harness = await SendGridHarness.StartAsync();

        // A crashed worker: claimed, maybe sent, never recorded or released.
        await harness.Ledger.ClaimAsync("intro-0001", TestEmails.Due, harness.Options.ClaimLease, CancellationToken.None);
        var whileHeld = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None));
        harness.Time.Advance(harness.Options.ClaimLease);
        var afterLease = await harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);

        Assert.Contains("intro-0001", whileHeld.Message, StringComparison.Ordinal);
        Assert.Equal(MailSendOutcome.Sent, afterLease);
        Assert.Single(harness.Server.Requests);
        Assert.Contains(harness.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("claim 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_MessageSendGridWouldRefuse_FailsWithoutClaimOrRequest()
    {
        await using var harness = await SendGridHarness.StartAsync();
        var message = TestEmails.Intro() with { Headers = new Dictionary<string, string> { ["Subject"] = "x" } };

        await Assert.ThrowsAsync<SendGridRequestInvalidException>(() => harness.Mailer.SendAsync(message, CancellationToken.None));

        Assert.Empty(harness.Server.Requests);
        Assert.Equal(SendClaim.Granted(1, false), await harness.Ledger.ClaimAsync("intro-0001", TestEmails.Due, TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_NotYetDue_IsRefusedWithoutARequest()
    {
        await using var harness = await SendGridHarness.StartAsync();
        var message = TestEmails.Intro() with { NotBeforeUtc = TestEmails.Due.AddHours(1) };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Mailer.SendAsync(message, CancellationToken.None));

        Assert.Contains("not due until", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_LogsNameIdsAndKindsButNoAddressesSubjectsOrKey()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.TooManyRequests(TimeSpan.FromSeconds(1)));

        await harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);
        await harness.Mailer.SendAsync(TestEmails.Intro(), CancellationToken.None);

        var logs = harness.Logs.AllText;
        Assert.Contains("intro-0001 (intro)", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { SendGridHarness.ApiKey, "@example.ac.uk", "Mentee One", "Meet your Peer Mentor", "optout?token" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }
}
