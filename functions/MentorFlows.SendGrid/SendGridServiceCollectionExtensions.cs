using MentorFlows.SendGrid.Client;
using MentorFlows.SendGrid.Ledger;
using MentorFlows.Workflows.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MentorFlows.SendGrid;

/// <summary>
/// Wiring for the hosts. The rule both hosts follow — the outbox stays the mailer unless a SendGrid key is configured:
/// <code>
/// if (SendGridOptions.IsConfiguredIn(configuration)) services.AddSendGridMailer(configuration);
/// else /* the host's outbox IMailer */;
/// </code>
/// plus a durable <see cref="ISentMailLedger"/>, which this does not register.
/// </summary>
public static class SendGridServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SendGridOptions"/> (bound from <c>MentorFlows:SendGrid</c>, validated on first use), the
    /// typed <see cref="SendGridMailClient"/>, <see cref="SendGridMailer"/>, and <see cref="IMailer"/> as that mailer
    /// (replacing any earlier IMailer). <see cref="TimeProvider"/> defaults to the system clock. The host must register
    /// an <see cref="ISentMailLedger"/> that survives restarts (<see cref="InMemorySentMailLedger"/> is for tests).
    /// Throws when no API key is configured: that case is the outbox's.
    /// </summary>
    public static IServiceCollection AddSendGridMailer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!SendGridOptions.IsConfiguredIn(configuration))
        {
            throw new InvalidOperationException(
                $"{SendGridOptions.SectionName}:ApiKey is not set, so SendGrid cannot be the mailer; without a key the host keeps the outbox (check SendGridOptions.IsConfiguredIn first).");
        }

        services.AddOptions<SendGridOptions>().Bind(configuration.GetSection(SendGridOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SendGridOptions>, SendGridOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<SendGridMailClient>((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<SendGridOptions>>().Value.RequestTimeout)

            // IHttpClientFactory's own request logging would show header values at Trace level: never the key.
            .RedactLoggedHeaders(static _ => true);

        services.TryAddTransient<SendGridMailer>();
        services.Replace(ServiceDescriptor.Transient<IMailer>(provider => provider.GetRequiredService<SendGridMailer>()));
        return services;
    }
}
