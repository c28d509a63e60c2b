using System.Net;

namespace MentorFlows.SendGrid.Client;

/// <summary>
/// SendGrid took the request: 202 (or 200 in sandbox mode). <see cref="MessageId"/> is its <c>X-Message-Id</c> (null
/// if absent); SendGrid's events carry it as the prefix of <c>sg_message_id</c>.
/// </summary>
public sealed record SendGridAccepted(HttpStatusCode StatusCode, string? MessageId, int Attempts);
