using MentorFlows.Local.Outbox;
using MentorFlows.SendGrid;
using MentorFlows.Workflows.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Local.Serve;

/// <summary>
/// The mailer <c>serve</c> sends with: SendGrid when <c>MentorFlows:SendGrid:ApiKey</c> is set, otherwise the outbox
/// file (<c>MentorFlows:OutboxFile</c>, default <c>outbox.jsonl</c>), stamped by the host's clock.
/// </summary>
internal static class ServeMail
{
    public static void Add(IServiceCollection services, IConfiguration configuration, ServeSettings settings)
    {
        if (settings.UseSendGrid)
        {
            // The send ledger comes with the stores (ServeStores): in memory, or in PostgreSQL.
            services.AddSendGridMailer(configuration);
            return;
        }

        var folder = Path.GetDirectoryName(settings.OutboxFile);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        services.AddSingleton<IMailer>(provider => OutboxFileMailer.Open(settings.OutboxFile, provider.GetRequiredService<TimeProvider>()));
    }
}
