using MentorFlows.Local.Outbox;
using MentorFlows.Local.Serve;
using MentorFlows.SendGrid;
using MentorFlows.Workflows.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Local.Tests.Serve;

public sealed class ServeMailTests
{
    [Fact]
    public async Task WithoutASendGridKey_TheOutboxFileIsTheMailer()
    {
        using var folder = new TemporaryDirectory();
        await using var app = await BuildAsync(folder, sendGridKey: null);

        var mailer = Assert.IsType<OutboxFileMailer>(app.Services.GetRequiredService<IMailer>());
        Assert.Equal(Path.Combine(folder.Path, "outbox.jsonl"), mailer.Path);
    }

    [Fact]
    public async Task WithASendGridKey_SendGridIsTheMailer()
    {
        using var folder = new TemporaryDirectory();
        await using var app = await BuildAsync(folder, sendGridKey: "SG.test-key");

        Assert.IsType<SendGridMailer>(app.Services.GetRequiredService<IMailer>());
        Assert.False(File.Exists(Path.Combine(folder.Path, "outbox.jsonl")));
    }

    private static Task<Microsoft.AspNetCore.Builder.WebApplication> BuildAsync(TemporaryDirectory folder, string? sendGridKey) =>
        ServeHost.BuildAsync(new ServeOptions("http://127.0.0.1:0", ServeOptions.MemoryStore, null, Development: true), builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MentorFlows:OutboxFile"] = Path.Combine(folder.Path, "outbox.jsonl"),
                ["MentorFlows:SendGrid:ApiKey"] = sendGridKey,
            }));
}
