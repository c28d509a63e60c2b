using MentorFlows.SendGrid.Client;
using MentorFlows.SendGrid.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorFlows.SendGrid.Tests.Support;

/// <summary>A client and mailer wired by hand to a fresh fake server, fake clock, in-memory ledger and captured logs.</summary>
internal sealed class SendGridHarness : IAsyncDisposable
{
    /// <summary>Shaped like a real key, so the key-shape redaction is exercised too.</summary>
    public const string ApiKey = "SG.harness0key0aaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private readonly HttpClient _http;
    private readonly ILoggerFactory _loggerFactory;

    private SendGridHarness(FakeSendGridServer server, SendGridOptions options)
    {
        Server = server;
        Options = options;
        _http = new HttpClient();
        _loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Client = new SendGridMailClient(_http, wrapped, Time, _loggerFactory.CreateLogger<SendGridMailClient>());
        Mailer = new SendGridMailer(Client, Ledger, wrapped, Time, _loggerFactory.CreateLogger<SendGridMailer>());
    }

    public FakeSendGridServer Server { get; }

    public SendGridOptions Options { get; }

    public FakeTimeProvider Time { get; } = new();

    public InMemorySentMailLedger Ledger { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public SendGridMailClient Client { get; }

    public SendGridMailer Mailer { get; }

    public static async Task<SendGridHarness> StartAsync(Action<SendGridOptions>? configure = null)
    {
        var server = await FakeSendGridServer.StartAsync();
        var options = new SendGridOptions { ApiKey = ApiKey, BaseAddress = server.BaseAddress };
        configure?.Invoke(options);
        return new SendGridHarness(server, options);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _loggerFactory.Dispose();
        await Server.DisposeAsync();
    }
}
