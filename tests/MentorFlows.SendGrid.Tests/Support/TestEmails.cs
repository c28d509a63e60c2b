using MentorFlows.Workflows.Email;

namespace MentorFlows.SendGrid.Tests.Support;

/// <summary>Scheme-like messages for the tests.</summary>
internal static class TestEmails
{
    public static readonly DateTime Due = FakeTimeProvider.DefaultStart.UtcDateTime;

    public static EmailMessage Intro(string id = "intro-0001", string mentee = "mentee1@example.ac.uk", string mentor = "mentor1@example.ac.uk") => new()
    {
        Id = id,
        Kind = EmailKind.Intro,
        From = new EmailAddress("peermentoring@example.ac.uk", "Peer Mentoring"),
        ReplyTo = new EmailAddress(mentor, "Mentor One"),
        To = [new EmailAddress(mentee, "Mentee One")],
        Cc = [new EmailAddress(mentor, "Mentor One")],
        Subject = "Meet your Peer Mentor",
        TextBody = $"Hello, this is {id}.",
        HtmlBody = $"<p>Hello, this is {id}.</p>",
        Headers = new Dictionary<string, string>
        {
            [EmailHeaders.ListUnsubscribe] = $"<https://mentorflows.example/api/optout?token={id}>",
            [EmailHeaders.ListUnsubscribePost] = EmailHeaders.OneClick,
        },
        StudentIds = ["S1", "M1"],
        NotBeforeUtc = Due,
    };

    /// <summary>A staff reminder whose content is the same for every recipient (batchable).</summary>
    public static EmailMessage Reminder(string id, params string[] to) => new()
    {
        Id = id,
        Kind = EmailKind.CoordinatorReminder,
        From = new EmailAddress("peermentoring@example.ac.uk"),
        To = [.. to.Select(address => new EmailAddress(address))],
        Subject = "Clearances waiting",
        TextBody = "3 mentors are waiting for clearance.",
        HtmlBody = "<p>3 mentors are waiting for clearance.</p>",
        StudentIds = [],
        NotBeforeUtc = Due,
    };

    public static string[] Addresses(int count, string prefix = "person") =>
        [.. Enumerable.Range(1, count).Select(index => $"{prefix}{index}@example.ac.uk")];
}
