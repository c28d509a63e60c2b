using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Tests.Email.Composition;

namespace MentorFlows.Workflows.Tests.Email;

public sealed class RecordingMailerTests
{
    [Fact]
    public async Task SendAsync_RetriedCompositionOfSameEmail_SentOnce()
    {
        var mailer = new RecordingMailer();
        var first = TestPeople.Composer.Intro(TestPeople.Mentor, TestPeople.Mentee, TestPeople.Afternoon);
        var retried = TestPeople.Composer.Intro(TestPeople.Mentor, TestPeople.Mentee, TestPeople.Afternoon.PlusTicks(1));

        Assert.Equal(MailSendOutcome.Sent, await mailer.SendAsync(first, CancellationToken.None));
        Assert.Equal(MailSendOutcome.AlreadySent, await mailer.SendAsync(retried, CancellationToken.None));
        Assert.Equal([first], mailer.Sent);
        Assert.Equal(1, mailer.Repeats);
    }
}
