using System.Net;
using MentorFlows.SendGrid.Client;
using MentorFlows.SendGrid.Mapping;
using MentorFlows.SendGrid.Tests.Support;

namespace MentorFlows.SendGrid.Tests.Client;

public sealed class SendGridMailClientTests
{
    private static Api.SendGridMailRequest Request() => SendGridRequestMapper.Map(TestEmails.Intro(), sandboxMode: false);

    [Fact]
    public async Task SendAsync_Accepted_PostsJsonWithTheBearerKeyAndReturnsTheMessageId()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Accepted("sg-abc"));

        var accepted = await harness.Client.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(new SendGridAccepted(HttpStatusCode.Accepted, "sg-abc", 1), accepted);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("POST", "/v3/mail/send"), (request.Method, request.Path));
        Assert.Equal($"Bearer {SendGridHarness.ApiKey}", request.Authorization);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("intro-0001", request.Json.GetProperty("personalizations")[0].GetProperty("custom_args").GetProperty("mentorflows_email_id").GetString());
        Assert.Empty(harness.Time.Delays);
    }

    [Fact]
    public async Task SendAsync_SandboxAnswer200_IsAccepted()
    {
        await using var harness = await SendGridHarness.StartAsync(options => options.SandboxMode = true);
        harness.Server.Respond(new ScriptedResponse(200));

        var accepted = await harness.Client.SendAsync(SendGridRequestMapper.Map(TestEmails.Intro(), sandboxMode: true), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.True(Assert.Single(harness.Server.Requests).Json.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterSeconds_WaitsExactlyThatThenSucceeds()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.TooManyRequests(TimeSpan.FromSeconds(3)), ScriptedResponse.Accepted("sg-2"));

        var accepted = await harness.Client.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(("sg-2", 2), (accepted.MessageId, accepted.Attempts));
        Assert.Equal([TimeSpan.FromSeconds(3)], harness.Time.Delays);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.TooManyRequestsUntil(FakeTimeProvider.DefaultStart.AddSeconds(7)));

        await harness.Client.SendAsync(Request(), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Time.Delays);
    }

    [Fact]
    public async Task SendAsync_429WithoutRetryAfter_BacksOffExponentiallyUpToTheCap()
    {
        await using var harness = await SendGridHarness.StartAsync(options =>
        {
            options.MaxAttempts = 5;
            options.MaxBackoff = TimeSpan.FromSeconds(5);
        });
        harness.Server.Respond(ScriptedResponse.TooManyRequests(), ScriptedResponse.TooManyRequests(), ScriptedResponse.TooManyRequests(), ScriptedResponse.TooManyRequests());

        var accepted = await harness.Client.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(5, accepted.Attempts);
        Assert.Equal([1, 2, 4, 5], harness.Time.Delays.Select(delay => delay.TotalSeconds));
    }

    [Fact]
    public async Task SendAsync_429OnEveryAttempt_FailsClearlyAfterMaxAttemptsAndSaysNothingWasAccepted()
    {
        await using var harness = await SendGridHarness.StartAsync(options => options.MaxAttempts = 3);
        harness.Server.Respond(Enumerable.Repeat(ScriptedResponse.TooManyRequests(TimeSpan.FromSeconds(2)), 3).ToArray());

        var error = await Assert.ThrowsAsync<SendGridUnavailableException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Equal((HttpStatusCode.TooManyRequests, 3, false), (error.LastStatusCode, error.Attempts, error.MayHaveBeenAccepted));
        Assert.Equal(TimeSpan.FromSeconds(2), error.RetryAfter);
        Assert.Equal("SendGrid did not accept the request in 3 attempt(s); last: 429 (TooManyRequests).", error.Message);
        Assert.Equal(3, harness.Server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], harness.Time.Delays);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanAllowed_StopsAtOnceWithTheRequestedWait()
    {
        await using var harness = await SendGridHarness.StartAsync(options => options.MaxRetryAfter = TimeSpan.FromSeconds(30));
        harness.Server.Respond(ScriptedResponse.TooManyRequests(TimeSpan.FromMinutes(10)));

        var error = await Assert.ThrowsAsync<SendGridUnavailableException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Equal(TimeSpan.FromMinutes(10), error.RetryAfter);
        Assert.Contains("MaxRetryAfter", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
        Assert.Empty(harness.Time.Delays);
    }

    [Fact]
    public async Task SendAsync_ServerErrorThenAccepted_RetriesWithBackoff()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Error(503, ""), ScriptedResponse.Error(500, "oops"), ScriptedResponse.Accepted("sg-3"));

        var accepted = await harness.Client.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(("sg-3", 3), (accepted.MessageId, accepted.Attempts));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], harness.Time.Delays);
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnEveryAttempt_FailsSayingSendGridMayHaveTakenIt()
    {
        await using var harness = await SendGridHarness.StartAsync(options => options.MaxAttempts = 2);
        harness.Server.Respond(ScriptedResponse.Error(500, ""), ScriptedResponse.Error(502, ""));

        var error = await Assert.ThrowsAsync<SendGridUnavailableException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Equal((HttpStatusCode.BadGateway, 2, true), (error.LastStatusCode, error.Attempts, error.MayHaveBeenAccepted));
    }

    [Fact]
    public async Task SendAsync_NoServerListening_RetriesThenFailsAsUnavailable()
    {
        var closed = await FakeSendGridServer.StartAsync();
        var address = closed.BaseAddress;
        await closed.DisposeAsync();
        await using var harness = await SendGridHarness.StartAsync(options =>
        {
            options.BaseAddress = address;
            options.MaxAttempts = 2;
        });

        var error = await Assert.ThrowsAsync<SendGridUnavailableException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Equal((null, 2, true), (error.LastStatusCode, error.Attempts, error.MayHaveBeenAccepted));
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal([TimeSpan.FromSeconds(1)], harness.Time.Delays);
    }

    [Fact]
    public async Task SendAsync_400_SurfacesSendGridsMessagesAndFieldsWithoutRetrying()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Error(400, """
            {"errors":[{"message":"The from address does not match a verified Sender Identity.","field":"from","help":"https://sendgrid.com/docs/for-developers/sending-email/sender-identity/"},
                       {"message":"Invalid type. Expected: string","field":"subject","help":null}]}
            """));

        var error = await Assert.ThrowsAsync<SendGridRejectedException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(["from", "subject"], error.Errors.Select(detail => detail.Field));
        Assert.Equal(
            "SendGrid rejected the request with 400 (BadRequest): from: The from address does not match a verified Sender Identity.; subject: Invalid type. Expected: string",
            error.Message);
        Assert.Single(harness.Server.Requests);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(413)]
    public async Task SendAsync_OtherClientErrors_AreRejectionsWithTheirStatus(int status)
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Error(status, """{"errors":[{"message":"no","field":null}]}"""));

        var error = await Assert.ThrowsAsync<SendGridRejectedException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Equal(status, (int)error.StatusCode);
        Assert.Equal("no", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public async Task SendAsync_ErrorBodyThatIsNotSendGridJson_IsARejectionWithoutMessages()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Error(404, "<html>not found</html>"));

        var error = await Assert.ThrowsAsync<SendGridRejectedException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Empty(error.Errors);
        Assert.EndsWith("and no error message.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ErrorQuotingTheKeyOrAnAddress_KeepsNeitherInTheExceptionOrTheLogs()
    {
        await using var harness = await SendGridHarness.StartAsync();
        harness.Server.Respond(ScriptedResponse.Error(401, $$"""
            {"errors":[{"message":"The key {{SendGridHarness.ApiKey}} is invalid for mentee1@example.ac.uk","field":"to.email mentee1@example.ac.uk"}]}
            """));

        var error = await Assert.ThrowsAsync<SendGridRejectedException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Equal("SendGrid rejected the request with 401 (Unauthorized): to.email (address): The key (key) is invalid for (address)", error.Message);
        Assert.DoesNotContain(SendGridHarness.ApiKey, harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("mentee1@", harness.Logs.AllText, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.Entries, entry => entry.Message.Contains("401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_Cancelled_StopsWaitingAndThrows()
    {
        await using var harness = await SendGridHarness.StartAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.SendAsync(Request(), cancellation.Token));
    }

    [Fact]
    public async Task SendAsync_NoKey_RefusesWithoutARequest()
    {
        await using var harness = await SendGridHarness.StartAsync(options => options.ApiKey = " ");

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.SendAsync(Request(), CancellationToken.None));

        Assert.Empty(harness.Server.Requests);
    }
}
