using MentorFlows.Workflows.Email.Templates;

namespace MentorFlows.Workflows.Tests.Email.Templates;

public sealed class TemplateTests
{
    private const string Hostile = "<script>alert('x')</script>\" onmouseover=\"steal()";

    [Fact]
    public void Render_HtmlTextValue_IsEncodedSoItCannotBecomeMarkup()
    {
        var html = Html("<p>Hi {{mentee.firstName}}</p>").Render(new TemplateModel().Set("mentee.firstName", Hostile));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", html[3..^4], StringComparison.Ordinal);
        Assert.StartsWith("<p>Hi &lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuotedAttributeValue_CannotBreakOutOfTheQuotes()
    {
        var html = Html("<a title=\"{{name}}\" href=\"{{link}}\">x</a>")
            .Render(new TemplateModel().Set("name", Hostile).Set("link", "https://example.ac.uk/a?b=1&c=\"2\""));

        Assert.Equal(4, html.Count(c => c == '"'));
        Assert.Contains("&amp;c=&quot;2&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextTemplate_DropsLineBreaksFromValues()
    {
        var text = Template.Parse("x.txt", TemplateSyntax.Text, "Subject {{name}}!").Render(new TemplateModel().Set("name", "A\r\nBcc: evil@example.com"));

        Assert.Equal("Subject A  Bcc: evil@example.com!", text);
    }

    [Fact]
    public void Render_TextTemplate_LeavesMarkupCharactersAsTheyAre()
    {
        Assert.Equal("O'Brien & <co>", Template.Parse("x.txt", TemplateSyntax.Text, "{{name}}").Render(new TemplateModel().Set("name", "O'Brien & <co>")));
    }

    [Fact]
    public void Render_UnknownPlaceholder_NamesTemplateLineColumnAndPlaceholder()
    {
        var template = Html("<p>Hello</p>\n<p>Dear {{mentor.nickname}}</p>");

        var error = Assert.Throws<TemplateException>(() => template.Render(new TemplateModel().Set("mentor.firstName", "Sam")));

        Assert.Equal("Template 'test.html', line 2, column 9: unknown placeholder {{mentor.nickname}}", error.Message);
        Assert.Equal((2, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Render_UnknownPlaceholderInBranchNotTaken_StillFails()
    {
        var template = Html("{{#if under18}}<p>{{coordinator.nme}}</p>{{/if}}");

        var error = Assert.Throws<TemplateException>(() => template.Render(new TemplateModel().Set("under18", false)));

        Assert.Contains("{{coordinator.nme}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownPlaceholderInEmptyList_StillFails()
    {
        var template = Html("<ul>{{#each mentees}}<li>{{mentee.fullNme}}</li>{{/each}}</ul>");

        var error = Assert.Throws<TemplateException>(() => template.Render(new TemplateModel().Set("mentees", [], ["mentee.fullName"])));

        Assert.Contains("{{mentee.fullNme}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IfAndEach_WriteTheTakenBranchAndEveryItem()
    {
        var model = new TemplateModel()
            .Set("isMentor", true)
            .Set("scheme", "Peer Mentoring")
            .Set("mentees", [new TemplateModel().Set("name", "Ana"), new TemplateModel().Set("name", "Bo")], ["name"]);

        var text = Template.Parse("x.txt", TemplateSyntax.Text, "{{#if isMentor}}Mentor{{else}}Mentee{{/if}}:{{#each mentees}} {{name}} of {{scheme}};{{/each}}")
            .Render(model);

        Assert.Equal("Mentor: Ana of Peer Mentoring; Bo of Peer Mentoring;", text);
    }

    [Fact]
    public void Render_IfOnText_IsTrueWhenNotEmpty()
    {
        var template = Template.Parse("x.txt", TemplateSyntax.Text, "{{#if reference}}Ref {{reference}}{{else}}none{{/if}}");

        Assert.Equal("Ref MF-1", template.Render(new TemplateModel().Set("reference", "MF-1")));
        Assert.Equal("none", template.Render(new TemplateModel().Set("reference", string.Empty)));
    }

    [Fact]
    public void Render_UrlAttributeWithScriptUrl_IsRefusedWithoutShowingTheValue()
    {
        var template = Html("<a href=\"{{links.optOut}}\">Leave</a>");

        var error = Assert.Throws<TemplateException>(() => template.Render(new TemplateModel().Set("links.optOut", "javascript:alert(document.cookie)")));

        Assert.Contains("{{links.optOut}}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.ac.uk/api/optout?token=a.b")]
    [InlineData("mailto:peermentoring@example.ac.uk")]
    public void Render_UrlAttributeWithAbsoluteLink_IsWritten(string url)
    {
        var html = Html("<a href=\"{{link}}\">x</a>").Render(new TemplateModel().Set("link", url));

        Assert.StartsWith("<a href=\"" + url[..5], html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ValueUsedAsList_ExplainsTheKind()
    {
        var error = Assert.Throws<TemplateException>(() => Html("{{#each name}}x{{/each}}").Render(new TemplateModel().Set("name", "Sam")));

        Assert.Contains("needs a list", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>{{{name}}}</p>", "raw output")]
    [InlineData("<p>{{> footer}}</p>", "partials")]
    [InlineData("<p>{{#unless x}}y{{/unless}}</p>", "#if and #each")]
    [InlineData("<p>{{name | upper}}</p>", "is not a placeholder")]
    [InlineData("<a href={{link}}>x</a>", "quoted attribute value")]
    [InlineData("<a {{attrs}}>x</a>", "quoted attribute value")]
    [InlineData("<script>var n = \"{{name}}\";</script>", "inside <script>")]
    [InlineData("<style>p { color: {{colour}} }</style>", "inside <style>")]
    [InlineData("<a onclick=\"go('{{id}}')\">x</a>", "'onclick' attribute")]
    [InlineData("<p style=\"color: {{colour}}\">x</p>", "'style' attribute")]
    [InlineData("<!-- {{name}} -->", "comment")]
    [InlineData("<a href=\"x\" {{#if y}}class=\"z\"{{/if}}>x</a>", "must stand in text")]
    [InlineData("{{#if x}}<p>", "never closed")]
    [InlineData("{{#if x}}<p>{{/each}}", "'{{/each}}' found where '{{/if}}'")]
    [InlineData("</p>{{/if}}", "no matching opening")]
    [InlineData("<p>{{name</p>", "never closed with '}}'")]
    public void Parse_UnsafeOrInvalidTemplate_IsRefusedWithReason(string text, string reason)
    {
        var error = Assert.Throws<TemplateException>(() => Html(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Template 'test.html', line 1, column ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PlaceholderAfterScriptElementEnds_IsAllowedInText()
    {
        var html = Html("<script>var a = 1;</script><p>{{name}}</p>").Render(new TemplateModel().Set("name", "Sam"));

        Assert.EndsWith("<p>Sam</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsAreIgnored()
    {
        Assert.Equal("ab", Template.Parse("x.txt", TemplateSyntax.Text, "a{{! say hello }}b").Render(new TemplateModel()));
    }

    [Fact]
    public void TemplateModel_SameNameTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TemplateModel().Set("a", "1").Set("a", "2"));
    }

    [Fact]
    public void TemplateModel_ListItemsWithOtherNames_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TemplateModel().Set("items", [new TemplateModel().Set("b", "1")], ["a"]));
    }

    private static Template Html(string text) => Template.Parse("test.html", TemplateSyntax.Html, text);
}
