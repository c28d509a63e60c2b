using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Templates;

namespace MentorFlows.Workflows.Tests.Email.Templates;

public sealed class EmailTemplateSetTests
{
    [Fact]
    public void EmbeddedTemplates_OneHtmlAndOneTextFilePerKindAndNothingElse()
    {
        var expected = Enum.GetValues<EmailKind>()
            .SelectMany(kind => new[] { EmailTemplate.HtmlFileName(kind), EmailTemplate.TextFileName(kind) })
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, EmbeddedTemplateSource.FileNames);
    }

    [Fact]
    public async Task LoadAsync_EmbeddedTemplates_ParseForEveryKind()
    {
        var set = await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, CancellationToken.None);

        Assert.All(Enum.GetValues<EmailKind>(), kind => Assert.Equal(kind, set.For(kind).Kind));
    }

    [Fact]
    public async Task LoadAsync_SchemeOverride_ReplacesThatFileOnly()
    {
        var folder = new FakeTemplateSource { ["nudge.txt"] = "Subject: Hello {{recipient.firstName}}\n\nShort nudge about {{mentee.firstName}}." };

        var set = await EmailTemplateSet.LoadAsync(new LayeredTemplateSource(folder, EmbeddedTemplateSource.Instance), CancellationToken.None);

        var model = new TemplateModel().Set("recipient.firstName", "Priya").Set("mentee.firstName", "Tom");
        Assert.Equal("Short nudge about Tom.", set.For(EmailKind.Nudge).Text.Render(model));
        Assert.Equal("Hello Priya", set.For(EmailKind.Nudge).Subject.Render(model));
        Assert.Contains("<!DOCTYPE html>", (await EmbeddedTemplateSource.Instance.FindAsync("nudge.html", CancellationToken.None))!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_OverrideWithUnsafePlaceholder_FailsNamingTheFile()
    {
        var folder = new FakeTemplateSource { ["intro.html"] = "<p>\n<a href={{links.optOut}}>Leave</a></p>" };

        var error = await Assert.ThrowsAsync<TemplateException>(() => EmailTemplateSet.LoadAsync(new LayeredTemplateSource(folder, EmbeddedTemplateSource.Instance), CancellationToken.None));

        Assert.Equal("intro.html", error.TemplateName);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_NamesIt()
    {
        var error = await Assert.ThrowsAsync<TemplateException>(() => EmailTemplateSet.LoadAsync(new FakeTemplateSource(), CancellationToken.None));

        Assert.Equal("Template 'intro.txt': no such template file", error.Message);
    }

    [Fact]
    public void Parse_TextFileWithoutSubjectLine_IsRefused()
    {
        var error = Assert.Throws<TemplateException>(() => EmailTemplate.Parse(EmailKind.Nudge, "Hello {{recipient.firstName}}", "<p>x</p>"));

        Assert.Equal("nudge.txt", error.TemplateName);
        Assert.Contains("Subject:", error.Message, StringComparison.Ordinal);
    }

    private sealed class FakeTemplateSource : Dictionary<string, string>, ITemplateSource
    {
        public Task<string?> FindAsync(string fileName, CancellationToken cancellationToken) =>
            Task.FromResult(TryGetValue(fileName, out var text) ? text : null);
    }
}
