namespace MentorFlows.SendGrid.Tests;

public sealed class SendGridOptionsValidatorTests
{
    private const string Key = "SG.validator0key0aaaaaaaa.dddddddddddddddddddddddddddddddddddddddddddd";

    private static IEnumerable<string> Problems(Action<SendGridOptions> change)
    {
        var options = new SendGridOptions { ApiKey = Key };
        change(options);
        return new SendGridOptionsValidator().Validate(null, options).Failures ?? [];
    }

    [Fact]
    public void Validate_Defaults_Pass()
    {
        Assert.Empty(Problems(_ => { }));
    }

    [Theory]
    [InlineData("https://api.sendgrid.com/")]
    [InlineData("https://api.eu.sendgrid.com/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    public void Validate_HttpsOrLoopbackHttp_Passes(string address)
    {
        Assert.Empty(Problems(options => options.BaseAddress = new Uri(address)));
    }

    [Fact]
    public void Validate_PlainHttpToAnotherHost_FailsBecauseTheKeyWouldTravelInClear()
    {
        Assert.Contains(Problems(options => options.BaseAddress = new Uri("http://api.sendgrid.com/")), problem => problem.Contains("must be https", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Validate_AttemptsOutOfRange_Fail(int attempts)
    {
        Assert.Contains(Problems(options => options.MaxAttempts = attempts), problem => problem.Contains("MaxAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LeaseShorterThanTheLongestSend_FailsSoTwoSendersCannotOverlap()
    {
        // 4 attempts × 30 s timeout + 3 waits × 60 s = 5 minutes.
        Assert.Contains(Problems(options => options.ClaimLease = TimeSpan.FromMinutes(5)), problem => problem.Contains("ClaimLease", StringComparison.Ordinal));
        Assert.Empty(Problems(options => options.ClaimLease = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("SG.abc\n")]
    public void Validate_MissingOrBrokenKey_FailsWithoutQuotingIt(string? key)
    {
        var problems = Problems(options => options.ApiKey = key).ToList();

        Assert.Contains(problems, problem => problem.Contains("ApiKey", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, problem => problem.Contains("SG.abc", StringComparison.Ordinal));
    }
}
