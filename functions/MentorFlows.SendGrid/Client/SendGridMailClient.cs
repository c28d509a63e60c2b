using System.Net;
using System.Net.Http.Headers;
using MentorFlows.SendGrid.Api;
using MentorFlows.SendGrid.Mapping;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorFlows.SendGrid.Client;

/// <summary>
/// The v3 mail-send call (typed HttpClient). 2xx is accepted; 429 waits for Retry-After (or a deterministic back-off)
/// and tries again; 5xx, timeouts and lost connections are retried with back-off; every other answer is a
/// <see cref="SendGridRejectedException"/> with SendGrid's messages. Attempts are bounded by
/// <see cref="SendGridOptions.MaxAttempts"/>, then <see cref="SendGridUnavailableException"/>. The API key goes only
/// into each request's Authorization header: it is never logged and never in an exception message.
/// </summary>
public sealed partial class SendGridMailClient
{
    /// <summary>The mail-send path, relative to <see cref="SendGridOptions.BaseAddress"/>.</summary>
    public const string SendPath = "v3/mail/send";

    private readonly HttpClient _http;
    private readonly IOptions<SendGridOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SendGridMailClient> _logger;

    public SendGridMailClient(HttpClient httpClient, IOptions<SendGridOptions> options, TimeProvider timeProvider, ILogger<SendGridMailClient> logger)
    {
        _http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>
    /// Sends <paramref name="request"/>, retrying as described on the type. Throws
    /// <see cref="SendGridRequestInvalidException"/> (too large, before any attempt), <see cref="SendGridRejectedException"/>,
    /// <see cref="SendGridUnavailableException"/>, or <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public async Task<SendGridAccepted> SendAsync(SendGridMailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = _options.Value;
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException($"{SendGridOptions.SectionName}:ApiKey is not set.");
        }

        var emailIds = EmailIdsOf(request);
        var body = SendGridJson.Serialize(request);
        if (body.Length >= SendGridLimits.MaxRequestBytes)
        {
            throw new SendGridRequestInvalidException(emailIds, SendGridRequestMapper.TooLarge(body.Length));
        }

        var uri = new Uri(options.BaseAddress, SendPath);
        var mayHaveBeenAccepted = false;
        for (var attempt = 1; ; attempt++)
        {
            var answer = await AttemptAsync(uri, body, options, cancellationToken).ConfigureAwait(false);
            if (answer.Accepted is { } accepted)
            {
                LogAccepted(emailIds.Length, (int)accepted.StatusCode, attempt, accepted.MessageId);
                return accepted with { Attempts = attempt };
            }

            mayHaveBeenAccepted |= answer.MayHaveBeenAccepted;
            if (attempt >= options.MaxAttempts)
            {
                throw new SendGridUnavailableException(
                    $"SendGrid did not accept the request in {attempt} attempt(s); last: {answer.Describe()}.",
                    answer.StatusCode, attempt, answer.RetryAfter, mayHaveBeenAccepted, answer.Error);
            }

            if (answer.RetryAfter > options.MaxRetryAfter)
            {
                throw new SendGridUnavailableException(
                    $"SendGrid answered {answer.Describe()} and asked to wait {answer.RetryAfter}, longer than {SendGridOptions.SectionName}:MaxRetryAfter ({options.MaxRetryAfter}).",
                    answer.StatusCode, attempt, answer.RetryAfter, mayHaveBeenAccepted, answer.Error);
            }

            var delay = answer.RetryAfter ?? SendGridBackoff.After(attempt, options.InitialBackoff, options.MaxBackoff);
            LogRetrying(answer.Describe(), attempt, options.MaxAttempts, delay, answer.RetryAfter is not null);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One HTTP attempt: accepted, retryable (returned), or rejected (thrown).</summary>
    private async Task<AttemptAnswer> AttemptAsync(Uri uri, byte[] body, SendGridOptions options, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            // The request may have reached SendGrid before the connection broke.
            return new AttemptAnswer(null, null, null, MayHaveBeenAccepted: true, Error: exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout: SendGrid may have taken the request and not answered in time.
            return new AttemptAnswer(null, null, null, MayHaveBeenAccepted: true, Error: exception);
        }

        using (response)
        {
            var status = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
                return new AttemptAnswer(new SendGridAccepted(status, messageId, 0), status, null, false, null);
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                return new AttemptAnswer(null, status, SendGridBackoff.Requested(response.Headers, _time.GetUtcNow()), false, null);
            }

            if ((int)status >= 500)
            {
                return new AttemptAnswer(null, status, SendGridBackoff.Requested(response.Headers, _time.GetUtcNow()), MayHaveBeenAccepted: true, null);
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var errors = SendGridErrorText.Sanitise(SendGridJson.TryReadErrors(text), options.ApiKey!);
            var rejected = new SendGridRejectedException(status, errors);
            LogRejected((int)status, rejected.Message);
            throw rejected;
        }
    }

    private static string[] EmailIdsOf(SendGridMailRequest request) =>
        [.. request.Personalizations
            .Select(personalization => personalization.CustomArgs?.GetValueOrDefault(SendGridCustomArgs.EmailId))
            .OfType<string>()];

    [LoggerMessage(Level = LogLevel.Debug, Message = "SendGrid accepted a request for {EmailCount} email(s) with {StatusCode} on attempt {Attempt}; X-Message-Id {MessageId}")]
    private partial void LogAccepted(int emailCount, int statusCode, int attempt, string? messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SendGrid answered {Answer} to attempt {Attempt} of {MaxAttempts}; trying again in {Delay} (asked for by SendGrid: {Requested})")]
    private partial void LogRetrying(string answer, int attempt, int maxAttempts, TimeSpan delay, bool requested);

    [LoggerMessage(Level = LogLevel.Error, Message = "SendGrid rejected a request with {StatusCode}: {Reason}")]
    private partial void LogRejected(int statusCode, string reason);

    /// <summary>What one attempt got: <see cref="Accepted"/>, or why it should be tried again.</summary>
    private sealed record AttemptAnswer(SendGridAccepted? Accepted, HttpStatusCode? StatusCode, TimeSpan? RetryAfter, bool MayHaveBeenAccepted, Exception? Error)
    {
        public string Describe() => StatusCode is { } status
            ? $"{(int)status} ({status})"
            : Error is TaskCanceledException ? "no answer within the request timeout" : $"no answer ({Error?.GetType().Name})";
    }
}
