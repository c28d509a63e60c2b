using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MentorFlows.SendGrid.Tests.Support;

/// <summary>
/// A fake SendGrid v3 API on a loopback port chosen by the OS (Kestrel): records every request to
/// <c>POST /v3/mail/send</c> and answers from a script, then 202 with X-Message-Id <c>msg-N</c> once the script is used up.
/// </summary>
internal sealed class FakeSendGridServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _accepted;

    private FakeSendGridServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>How long each answer is held back (to let concurrent senders overlap).</summary>
    public TimeSpan AnswerDelay { get; set; }

    public static async Task<FakeSendGridServer> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new FakeSendGridServer(app);
        app.MapPost("/v3/mail/send", server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.Single() + "/");
        return server;
    }

    /// <summary>Queues answers for the next requests, in order.</summary>
    public void Respond(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.FirstOrDefault(), context.Request.ContentType, body));
        if (AnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(AnswerDelay);
        }

        var answer = _script.TryDequeue(out var scripted) ? scripted : ScriptedResponse.Accepted($"msg-{Interlocked.Increment(ref _accepted)}");
        context.Response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        }
    }
}
