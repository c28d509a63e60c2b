using System.Text.Json;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Tests.Email.Composition;

namespace MentorFlows.Workflows.Tests.Email;

public sealed class EmailMessageTests
{
    [Fact]
    public void Json_WorkflowOptions_RoundTripWithWireKind()
    {
        var message = TestPeople.Composer.Intro(TestPeople.Mentor, TestPeople.YoungMentee, TestPeople.Afternoon);

        var json = JsonSerializer.Serialize(message, WorkflowJson.Options);
        var back = JsonSerializer.Deserialize<EmailMessage>(json, WorkflowJson.Options)!;

        Assert.Contains("\"kind\":\"intro\"", json, StringComparison.Ordinal);
        Assert.Equal(message.Id, back.Id);
        Assert.Equal(message.From, back.From);
        Assert.Equal(message.Cc, back.Cc);
        Assert.Equal(message.Headers, back.Headers);
        Assert.Equal(message.StudentIds, back.StudentIds);
        Assert.Equal(message.HtmlBody, back.HtmlBody);
        Assert.Equal(message.NotBeforeUtc, back.NotBeforeUtc);
        Assert.Equal(DateTimeKind.Utc, back.NotBeforeUtc.Kind);
    }

    [Fact]
    public void ToString_ShowsIdAndKindButNoPersonalData()
    {
        var message = TestPeople.Composer.Intro(TestPeople.Mentor, TestPeople.Mentee, TestPeople.Afternoon);

        var text = message.ToString() + message.From + message.To[0];

        Assert.Contains(message.Id, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NotBeforeUtc_LocalTime_IsRefused()
    {
        var message = TestPeople.Composer.Intro(TestPeople.Mentor, TestPeople.Mentee, TestPeople.Afternoon);

        Assert.Throws<ArgumentException>(() => message with { NotBeforeUtc = new DateTime(2025, 11, 4, 14, 0, 0, DateTimeKind.Local) });
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("a@b.c\r\nBcc: x@y.z")]
    public void EmailAddress_NotAnAddress_IsRefused(string address)
    {
        Assert.Throws<ArgumentException>(() => new EmailAddress(address));
    }
}
