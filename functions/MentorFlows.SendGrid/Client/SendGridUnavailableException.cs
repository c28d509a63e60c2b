using System.Net;

namespace MentorFlows.SendGrid.Client;

/// <summary>
/// SendGrid could not be reached or kept answering 429 or 5xx until the attempts ran out, or asked to wait longer than
/// <c>SendGridOptions.MaxRetryAfter</c>. Transient: the caller may retry later (at <see cref="RetryAfter"/> if given).
/// </summary>
public sealed class SendGridUnavailableException : Exception
{
    public SendGridUnavailableException(string message, HttpStatusCode? lastStatusCode, int attempts, TimeSpan? retryAfter, bool mayHaveBeenAccepted, Exception? innerException = null)
        : base(message, innerException)
    {
        LastStatusCode = lastStatusCode;
        Attempts = attempts;
        RetryAfter = retryAfter;
        MayHaveBeenAccepted = mayHaveBeenAccepted;
    }

    /// <summary>The last answer's status; null when the last attempt got no answer (connection failure, timeout).</summary>
    public HttpStatusCode? LastStatusCode { get; }

    public int Attempts { get; }

    /// <summary>How long SendGrid asked to wait after the last attempt, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// False when every attempt got a 429 (SendGrid accepted nothing). True when some attempt timed out, lost its
    /// connection or got a 5xx: SendGrid may have queued the email even though it did not say 202.
    /// </summary>
    public bool MayHaveBeenAccepted { get; }
}
