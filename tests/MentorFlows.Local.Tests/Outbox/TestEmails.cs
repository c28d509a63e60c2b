using MentorFlows.Workflows.Email;

namespace MentorFlows.Local.Tests.Outbox;

/// <summary>Email messages for outbox and report tests.</summary>
internal static class TestEmails
{
    public static readonly DateTime Morning = new(2025, 10, 6, 9, 0, 0, DateTimeKind.Utc);

    public static EmailMessage Intro(string menteeId = "25000001", string menteeName = "Aoife Ní Bhriain", string subject = "Your peer mentor: Siobhán") => new()
    {
        Id = EmailId.Create(EmailKind.Intro, "2025", menteeId),
        Kind = EmailKind.Intro,
        From = new EmailAddress("peermentoring@example.ac.uk", "Siobhán O'Sullivan via Peer Mentoring"),
        ReplyTo = new EmailAddress("s.osullivan@example.ac.uk", "Siobhán O'Sullivan"),
        To = [new EmailAddress($"m{menteeId}@example.ac.uk", menteeName)],
        Cc = [new EmailAddress("s.osullivan@example.ac.uk", "Siobhán O'Sullivan")],
        Subject = subject,
        TextBody = $"Hi {menteeName},\nI'm your mentor.",
        HtmlBody = $"<!DOCTYPE html><html><body><p>Hi {System.Net.WebUtility.HtmlEncode(menteeName)},</p><p>I&rsquo;m your mentor.</p></body></html>",
        Headers = new Dictionary<string, string> { [EmailHeaders.ListUnsubscribe] = "<https://mentoring.invalid/api/optout?t=x>", [EmailHeaders.ListUnsubscribePost] = EmailHeaders.OneClick },
        StudentIds = [menteeId, "22000001"],
        NotBeforeUtc = Morning,
    };

    public static EmailMessage Alert() => new()
    {
        Id = EmailId.Create(EmailKind.ConcernAlert, "2025", "C-0001"),
        Kind = EmailKind.ConcernAlert,
        From = new EmailAddress("peermentoring@example.ac.uk", "Peer Mentoring"),
        To = [new EmailAddress("peermentoring@example.ac.uk")],
        Cc = [new EmailAddress("deanofstudents@example.ac.uk")],
        Subject = "Safeguarding concern C-0001",
        TextBody = "A concern needs you now.",
        HtmlBody = "<p>A concern needs you now.</p>",
        StudentIds = [],
        NotBeforeUtc = Morning,
    };
}
