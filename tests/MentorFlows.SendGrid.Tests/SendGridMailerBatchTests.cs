using MentorFlows.SendGrid.Client;
using MentorFlows.SendGrid.Mapping;
using MentorFlows.SendGrid.Tests.Support;
using MentorFlows.Workflows.Email;

namespace MentorFlows.SendGrid.Tests;

public sealed class SendGridMailerBatchTests
{
    [Fact]
    public async Task SendBatchAsync_IdenticalReminders_GoInOneRequestAndAreEachRecorded()
    {
        await using var harness = await SendGridHarness.StartAsync();

        var results = await harness.Mailer.SendBatchAsync(
            [TestEmails.Reminder("r-1", "a@example.ac.uk"), TestEmails.Reminder("r-2", "b@example.ac.uk")], CancellationToken.None);

        Assert.Equal([SendGridBatchItemStatus.Sent, SendGridBatchItemStatus.Sent], results.Select(result => result.Status));
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(2, request.Json.GetProperty("personalizations").GetArrayLength());
        Assert.Equal(["msg-1", "msg-1"], new[] { "r-1", "r-2" }.Select(id => harness.Ledger.FindSent(id)!.ProviderMessageId));
    }

    [Fact]
    public async Task SendBatchAsync_MixedBatch_SkipsWhatWasSentAndFailsTheInvalidMessageAlone()
    {
        await using var harness = await SendGridHarness.StartAsync();
        await harness.Mailer.SendAsync(TestEmails.Intro("intro-sent"), CancellationToken.None);
        var invalid = TestEmails.Intro("intro-bad") with { To = [] };

        var results = await harness.Mailer.SendBatchAsync(
            [TestEmails.Intro("intro-sent"), invalid, TestEmails.Intro("intro-new", "other@example.ac.uk")], CancellationToken.None);

        Assert.Equal(
            [SendGridBatchItemStatus.AlreadySent, SendGridBatchItemStatus.Failed, SendGridBatchItemStatus.Sent],
            results.Select(result => result.Status));
        Assert.IsType<SendGridRequestInvalidException>(results[1].Error);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task SendBatchAsync_RejectedRequest_FailsOnlyItsMessagesAndReleasesThem()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Error(400, """{"errors":[{"message":"bad","field":"content"}]}"""));

        var results = await harness.Mailer.SendBatchAsync([TestEmails.Intro("intro-a"), TestEmails.Intro("intro-b", "b@example.ac.uk")], CancellationToken.None);
        var retry = await harness.Mailer.SendAsync(TestEmails.Intro("intro-a"), CancellationToken.None);

        Assert.Equal([SendGridBatchItemStatus.Failed, SendGridBatchItemStatus.Sent], results.Select(result => result.Status));
        Assert.IsType<SendGridRejectedException>(results[0].Error);
        Assert.Equal(MailSendOutcome.Sent, retry);
    }
}
