using MentorFlows.SendGrid.Client;
using MentorFlows.SendGrid.Ledger;
using MentorFlows.SendGrid.Tests.Support;
using MentorFlows.Workflows.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorFlows.SendGrid.Tests;

public sealed class SendGridServiceCollectionExtensionsTests
{
    private const string Key = "SG.wiring0key0aaaaaaaaaaaa.cccccccccccccccccccccccccccccccccccccccccccc";

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value))).Build();

    [Fact]
    public void IsConfiguredIn_KeySet_IsTrue_BlankOrMissing_IsFalse()
    {
        Assert.True(SendGridOptions.IsConfiguredIn(Configuration(("MentorFlows:SendGrid:ApiKey", Key))));
        Assert.False(SendGridOptions.IsConfiguredIn(Configuration(("MentorFlows:SendGrid:ApiKey", "  "))));
        Assert.False(SendGridOptions.IsConfiguredIn(Configuration()));
    }

    [Fact]
    public void AddSendGridMailer_WithoutAKey_RefusesSoTheOutboxStaysTheMailer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddSendGridMailer(Configuration()));

        Assert.Contains("outbox", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSendGridMailer_BindsEverySetting()
    {
        using var provider = new ServiceCollection()
            .AddSendGridMailer(Configuration(
                ("MentorFlows:SendGrid:ApiKey", Key),
                ("MentorFlows:SendGrid:BaseAddress", "https://api.eu.sendgrid.com/"),
                ("MentorFlows:SendGrid:MaxAttempts", "2"),
                ("MentorFlows:SendGrid:SandboxMode", "true")))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SendGridOptions>>().Value;

        Assert.Equal((Key, SendGridOptions.EuBaseAddress, 2, true), (options.ApiKey, options.BaseAddress, options.MaxAttempts, options.SandboxMode));
        Assert.DoesNotContain(Key, options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddSendGridMailer_BadSetting_FailsOnFirstUseNamingTheSettingNotTheKey()
    {
        using var provider = new ServiceCollection()
            .AddSendGridMailer(Configuration(("MentorFlows:SendGrid:ApiKey", Key), ("MentorFlows:SendGrid:BaseAddress", "http://sendgrid.example/")))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SendGridOptions>>().Value);

        Assert.Contains("BaseAddress must be https", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSendGridMailer_ResolvedMailer_SendsThroughTheTypedClientAndNeverLogsTheKeyEvenAtTrace()
    {
        await using var server = await FakeSendGridServer.StartAsync();
        server.Respond(ScriptedResponse.Error(401, """{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null}]}"""));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<ISentMailLedger, InMemorySentMailLedger>()
            .AddSingleton<TimeProvider>(new FakeTimeProvider())
            .AddSendGridMailer(Configuration(("MentorFlows:SendGrid:ApiKey", Key), ("MentorFlows:SendGrid:BaseAddress", server.BaseAddress.ToString())));
        await using var provider = services.BuildServiceProvider();
        var mailer = provider.GetRequiredService<IMailer>();

        var rejected = await Assert.ThrowsAsync<SendGridRejectedException>(() => mailer.SendAsync(TestEmails.Intro("intro-a"), CancellationToken.None));
        var sent = await mailer.SendAsync(TestEmails.Intro("intro-b"), CancellationToken.None);

        Assert.IsType<SendGridMailer>(mailer);
        Assert.Equal(MailSendOutcome.Sent, sent);
        Assert.Equal($"Bearer {Key}", server.Requests[1].Authorization);
        Assert.Contains(logs.Entries, entry => entry.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) && entry.Level == LogLevel.Trace);
        Assert.DoesNotContain(Key, logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, rejected.ToString(), StringComparison.Ordinal);
        Assert.Contains("authorization grant is invalid", rejected.Message, StringComparison.Ordinal);
    }
}
