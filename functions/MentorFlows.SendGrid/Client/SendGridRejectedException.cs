using System.Net;
using MentorFlows.SendGrid.Api;

namespace MentorFlows.SendGrid.Client;

/// <summary>
/// SendGrid refused the request (400, 401, 403, 413 or another 4xx but 429): nothing was sent, and sending the same
/// request again fails the same way. Carries SendGrid's own messages and fields, sanitised (no addresses, no key);
/// never the request body.
/// </summary>
public sealed class SendGridRejectedException : Exception
{
    public SendGridRejectedException(HttpStatusCode statusCode, IReadOnlyList<SendGridError> errors)
        : base(Describe(statusCode, errors))
    {
        StatusCode = statusCode;
        Errors = errors;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>SendGrid's <c>errors[]</c>, sanitised; empty when the body was not SendGrid's error JSON.</summary>
    public IReadOnlyList<SendGridError> Errors { get; }

    private static string Describe(HttpStatusCode statusCode, IReadOnlyList<SendGridError> errors)
    {
        var status = $"SendGrid rejected the request with {(int)statusCode} ({statusCode})";
        if (errors.Count == 0)
        {
            return status + " and no error message.";
        }

        var details = errors.Select(error => error.Field is null ? error.Message : $"{error.Field}: {error.Message}");
        return $"{status}: {string.Join("; ", details)}";
    }
}
