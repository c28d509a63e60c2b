using System.Text.Json;
using MentorFlows.SendGrid.Api;
using MentorFlows.SendGrid.Mapping;
using MentorFlows.SendGrid.Tests.Support;
using MentorFlows.Workflows.Email;

namespace MentorFlows.SendGrid.Tests.Mapping;

public sealed class SendGridRequestMapperTests
{
    private static JsonElement Json(SendGridMailRequest request) => JsonDocument.Parse(SendGridJson.Serialize(request)).RootElement;

    [Fact]
    public void Map_Intro_WritesTheV3ShapeInSnakeCase()
    {
        var json = Json(SendGridRequestMapper.Map(TestEmails.Intro(), sandboxMode: false));

        var personalization = Assert.Single(json.GetProperty("personalizations").EnumerateArray());
        Assert.Equal("mentee1@example.ac.uk", Assert.Single(personalization.GetProperty("to").EnumerateArray()).GetProperty("email").GetString());
        Assert.Equal("Mentee One", personalization.GetProperty("to")[0].GetProperty("name").GetString());
        Assert.Equal("mentor1@example.ac.uk", Assert.Single(personalization.GetProperty("cc").EnumerateArray()).GetProperty("email").GetString());
        Assert.Equal("<https://mentorflows.example/api/optout?token=intro-0001>", personalization.GetProperty("headers").GetProperty("List-Unsubscribe").GetString());
        Assert.Equal("List-Unsubscribe=One-Click", personalization.GetProperty("headers").GetProperty("List-Unsubscribe-Post").GetString());
        Assert.Equal("intro-0001", personalization.GetProperty("custom_args").GetProperty("mentorflows_email_id").GetString());
        Assert.Equal(["to", "cc", "headers", "custom_args"], personalization.EnumerateObject().Select(property => property.Name));

        Assert.Equal("peermentoring@example.ac.uk", json.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Peer Mentoring", json.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("mentor1@example.ac.uk", json.GetProperty("reply_to").GetProperty("email").GetString());
        Assert.Equal("Meet your Peer Mentor", json.GetProperty("subject").GetString());
        Assert.Equal(["text/plain", "text/html"], json.GetProperty("content").EnumerateArray().Select(part => part.GetProperty("type").GetString()));
        Assert.Equal("<p>Hello, this is intro-0001.</p>", json.GetProperty("content")[1].GetProperty("value").GetString());
        Assert.Equal(["intro", "mentorflows"], json.GetProperty("categories").EnumerateArray().Select(category => category.GetString()));
        Assert.Equal(["personalizations", "from", "reply_to", "subject", "content", "categories"], json.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public void Map_AccentsAndMarkup_AreWrittenUnescaped()
    {
        var message = TestEmails.Intro() with { HtmlBody = "<p>Zoë & José</p>" };

        var text = System.Text.Encoding.UTF8.GetString(SendGridJson.Serialize(SendGridRequestMapper.Map(message, sandboxMode: false)));

        Assert.Contains("\"<p>Zoë & José</p>\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SandboxMode_AsksSendGridToValidateOnly()
    {
        var json = Json(SendGridRequestMapper.Map(TestEmails.Intro(), sandboxMode: true));

        Assert.True(json.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public void Map_NoReplyToNoCcNoHeadersNoDisplayName_LeavesThemOut()
    {
        var json = Json(SendGridRequestMapper.Map(TestEmails.Reminder("reminder-1", "coordinator@example.ac.uk"), sandboxMode: false));

        var personalization = json.GetProperty("personalizations")[0];
        Assert.False(personalization.TryGetProperty("cc", out _));
        Assert.False(personalization.TryGetProperty("headers", out _));
        Assert.False(json.TryGetProperty("reply_to", out _));
        Assert.False(json.GetProperty("from").TryGetProperty("name", out _));
        Assert.Equal(["coordinator-reminder", "mentorflows"], json.GetProperty("categories").EnumerateArray().Select(category => category.GetString()));
    }

    [Fact]
    public void Map_AddressInToAndCc_KeepsItOnceInTo()
    {
        var message = TestEmails.Intro() with { Cc = [new EmailAddress("MENTEE1@example.ac.uk"), new EmailAddress("mentor1@example.ac.uk")] };

        var personalization = SendGridRequestMapper.Map(message, sandboxMode: false).Personalizations[0];

        Assert.Equal(["mentee1@example.ac.uk"], personalization.To.Select(address => address.Email));
        Assert.Equal(["mentor1@example.ac.uk"], personalization.Cc!.Select(address => address.Email));
    }

    [Fact]
    public void Map_EmptyTextBody_SendsHtmlOnly()
    {
        var request = SendGridRequestMapper.Map(TestEmails.Intro() with { TextBody = "" }, sandboxMode: false);

        Assert.Equal([SendGridContent.Html], request.Content.Select(part => part.Type));
    }

    [Theory]
    [InlineData("Reply-To")]
    [InlineData("to")]
    [InlineData("DKIM-Signature")]
    [InlineData("x-sg-id")]
    [InlineData("Content-Transfer-Encoding")]
    public void Map_HeaderSendGridReserves_IsRefusedByName(string header)
    {
        var message = TestEmails.Intro() with { Headers = new Dictionary<string, string> { [header] = "secret-value@example.ac.uk" } };

        var error = Assert.Throws<SendGridRequestInvalidException>(() => SendGridRequestMapper.Map(message, sandboxMode: false));

        Assert.Contains($"'{header}' is reserved by SendGrid", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", error.Message, StringComparison.Ordinal);
        Assert.Equal(["intro-0001"], error.EmailIds);
    }

    [Theory]
    [InlineData("X-Ok", "line\r\nBcc: someone@example.ac.uk")]
    [InlineData("Bad Name", "value")]
    [InlineData("X-Colon:", "value")]
    public void Map_HeaderThatWouldBreakTheMessage_IsRefusedWithoutQuotingTheValue(string name, string value)
    {
        var message = TestEmails.Intro() with { Headers = new Dictionary<string, string> { [name] = value } };

        var error = Assert.Throws<SendGridRequestInvalidException>(() => SendGridRequestMapper.Map(message, sandboxMode: false));

        Assert.DoesNotContain("someone@", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ThousandRecipients_IsAccepted()
    {
        var message = TestEmails.Reminder("reminder-1000", TestEmails.Addresses(1000));

        Assert.Equal(1000, SendGridRequestMapper.Map(message, sandboxMode: false).Personalizations[0].RecipientCount);
    }

    [Fact]
    public void Map_ThousandAndOneRecipients_IsRefusedNamingTheLimitNotTheAddresses()
    {
        var message = TestEmails.Reminder("reminder-1001", TestEmails.Addresses(900)) with
        {
            Cc = [.. TestEmails.Addresses(101, "cc").Select(address => new EmailAddress(address))],
        };

        var error = Assert.Throws<SendGridRequestInvalidException>(() => SendGridRequestMapper.Map(message, sandboxMode: false));

        Assert.Equal("Email reminder-1001: it has 1001 recipients; SendGrid accepts at most 1000 per request.", error.Message);
    }

    [Fact]
    public void Map_NoToRecipient_IsRefused()
    {
        var error = Assert.Throws<SendGridRequestInvalidException>(
            () => SendGridRequestMapper.Map(TestEmails.Intro() with { To = [] }, sandboxMode: false));

        Assert.Contains("no To recipient", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_NoBodyAtAll_IsRefused()
    {
        Assert.Throws<SendGridRequestInvalidException>(
            () => SendGridRequestMapper.Map(TestEmails.Intro() with { TextBody = "", HtmlBody = "" }, sandboxMode: false));
    }

    [Fact]
    public void Map_RequestOf30MegabytesOrMore_IsRefusedBeforeSending()
    {
        // "é" is two bytes in UTF-8, written unescaped.
        var body = new string('é', SendGridLimits.MaxRequestBytes / 2);
        var message = TestEmails.Intro() with { HtmlBody = body };

        var error = Assert.Throws<SendGridRequestInvalidException>(() => SendGridRequestMapper.Map(message, sandboxMode: false));

        Assert.Contains("SendGrid accepts fewer than 30,000,000", error.Message, StringComparison.Ordinal);
    }
}
