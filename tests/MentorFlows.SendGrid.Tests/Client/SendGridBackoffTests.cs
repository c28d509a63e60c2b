using MentorFlows.SendGrid.Client;

namespace MentorFlows.SendGrid.Tests.Client;

public sealed class SendGridBackoffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(1000, 30)]
    public void After_DoublesFromTheInitialDelayUpToTheCap(int attempt, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), SendGridBackoff.After(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Requested_RateLimitResetHeader_IsUsedWhenThereIsNoRetryAfter()
    {
        var now = new DateTimeOffset(2025, 10, 6, 9, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.Add("X-RateLimit-Reset", now.AddSeconds(12).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromSeconds(12), SendGridBackoff.Requested(response.Headers, now));
    }

    [Fact]
    public void Requested_RetryAfterDateInThePast_MeansNow()
    {
        var now = new DateTimeOffset(2025, 10, 6, 9, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddMinutes(-1));

        Assert.Equal(TimeSpan.Zero, SendGridBackoff.Requested(response.Headers, now));
    }

    [Fact]
    public void Requested_NoHeaders_IsNull()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);

        Assert.Null(SendGridBackoff.Requested(response.Headers, DateTimeOffset.UnixEpoch));
    }
}
