namespace MentorFlows.SendGrid.Mapping;

/// <summary>
/// A message that SendGrid would refuse (a limit, a reserved header, no recipients...), found before anything is sent.
/// Permanent: retrying the same message fails the same way. The message names the email ids and the rule, never an
/// address, a header value or a body.
/// </summary>
public sealed class SendGridRequestInvalidException : Exception
{
    public SendGridRequestInvalidException(IReadOnlyList<string> emailIds, string problem)
        : base($"{Describe(emailIds)}: {problem}")
    {
        EmailIds = emailIds;
    }

    /// <summary>The email ids the refused request was for.</summary>
    public IReadOnlyList<string> EmailIds { get; }

    private static string Describe(IReadOnlyList<string> ids) => ids.Count switch
    {
        0 => "SendGrid request",
        1 => $"Email {ids[0]}",
        <= 5 => $"Emails {string.Join(", ", ids)}",
        _ => $"Emails {string.Join(", ", ids.Take(5))} and {ids.Count - 5} more",
    };
}
