using MentorFlows.SendGrid.Api;
using MentorFlows.Workflows.Email;

namespace MentorFlows.SendGrid.Mapping;

public static partial class SendGridRequestMapper
{
    /// <summary>
    /// Requests for several messages. Messages share a request only when everything but their recipients, headers and
    /// id is identical (kind, from, reply-to, subject, both bodies), each still in its own personalization; scheme email
    /// is mostly written per recipient, so most messages get a request of their own. Requests are split to stay within
    /// <see cref="SendGridLimits"/>; first-appearance order is kept. Throws for the first message SendGrid would refuse
    /// on its own (validate messages one by one with <see cref="Map"/> first to isolate them).
    /// </summary>
    public static IReadOnlyList<SendGridBatchRequest> MapBatch(IReadOnlyList<EmailMessage> messages, bool sandboxMode)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var duplicate = messages.GroupBy(message => message.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Email {duplicate.Key} appears more than once in the batch.", nameof(messages));
        }

        List<SendGridBatchRequest> requests = [];
        foreach (var group in messages.GroupBy(SharedContent.Of))
        {
            List<(EmailMessage Message, SendGridPersonalization Personalization)> chunk = [];
            var recipients = 0;
            foreach (var message in group)
            {
                var personalization = Personalize(message);
                if (chunk.Count == SendGridLimits.MaxPersonalizations || recipients + personalization.RecipientCount > SendGridLimits.MaxRecipients)
                {
                    AddSplitBySize(chunk, sandboxMode, requests);
                    chunk = [];
                    recipients = 0;
                }

                chunk.Add((message, personalization));
                recipients += personalization.RecipientCount;
            }

            AddSplitBySize(chunk, sandboxMode, requests);
        }

        return requests;
    }

    /// <summary>Adds the chunk as one request, or halves it until each half is under the size limit.</summary>
    private static void AddSplitBySize(
        IReadOnlyList<(EmailMessage Message, SendGridPersonalization Personalization)> chunk,
        bool sandboxMode,
        List<SendGridBatchRequest> requests)
    {
        var request = Build(chunk[0].Message, [.. chunk.Select(item => item.Personalization)], sandboxMode);
        var bytes = SendGridJson.Serialize(request).Length;
        if (bytes < SendGridLimits.MaxRequestBytes)
        {
            requests.Add(new SendGridBatchRequest(request, [.. chunk.Select(item => item.Message.Id)]));
            return;
        }

        if (chunk.Count == 1)
        {
            throw new SendGridRequestInvalidException([chunk[0].Message.Id], TooLarge(bytes));
        }

        var half = chunk.Count / 2;
        AddSplitBySize([.. chunk.Take(half)], sandboxMode, requests);
        AddSplitBySize([.. chunk.Skip(half)], sandboxMode, requests);
    }

    /// <summary>What batched messages must share: everything SendGrid holds once per request.</summary>
    private sealed record SharedContent(EmailKind Kind, EmailAddress From, EmailAddress? ReplyTo, string Subject, string TextBody, string HtmlBody)
    {
        public static SharedContent Of(EmailMessage message) =>
            new(message.Kind, message.From, message.ReplyTo, message.Subject, message.TextBody, message.HtmlBody);
    }
}
