using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Email.Templates;

namespace MentorFlows.Workflows.Tests.Email.Composition;

public sealed class EmailTemplatePreflightTests
{
    [Fact]
    public async Task Check_BuiltInTemplates_Pass()
    {
        var templates = await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, CancellationToken.None);

        EmailTemplatePreflight.Check(templates, TestPeople.Calendar);
    }

    [Fact]
    public async Task Check_TemplateWithAPlaceholderItsEmailLacks_FailsNamingTheFileAndPlaceholder()
    {
        var templates = await EmailTemplateSet.LoadAsync(new LayeredTemplateSource(new OneFile("nudge.txt", "Subject: Hi {{mentor.shoeSize}}\n\nBody\n"), EmbeddedTemplateSource.Instance), CancellationToken.None);

        var error = Assert.Throws<TemplateException>(() => EmailTemplatePreflight.Check(templates, TestPeople.Calendar));

        Assert.Contains("nudge", error.Message, StringComparison.Ordinal);
        Assert.Contains("mentor.shoeSize", error.Message, StringComparison.Ordinal);
    }

    private sealed class OneFile(string name, string text) : ITemplateSource
    {
        public Task<string?> FindAsync(string fileName, CancellationToken cancellationToken) =>
            Task.FromResult(fileName == name ? text : null);
    }
}
