using MentorFlows.SendGrid.Ledger;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.TableStorage;

/// <summary>Registers the scheme stores on Azure Tables.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers every Workflows store port but <see cref="ICohortFileStore"/> (a blob container on Azure), the
    /// <see cref="ITimeline"/> and SendGrid's <see cref="ISentMailLedger"/> over the tables of <see cref="SchemeTables"/>,
    /// partitioned by the scheme year of the registered <see cref="SchemeYear"/>. The host registers
    /// <see cref="ITableGateways"/>. Concern accounts and survey comments are sealed with <paramref name="protector"/>
    /// (the host builds it with <see cref="TextProtector.FromOptions"/>, which refuses a missing or bad key at start-up,
    /// naming the setting); both are also <see cref="ISealedTextStore"/>s, which the registered
    /// <see cref="StoredTextResealer"/> moves to the current key after a rotation.
    /// </summary>
    public static IServiceCollection AddTableSchemeStores(this IServiceCollection services, TextProtector protector)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(protector);
        services.AddSingleton(protector);
        services.AddSingleton<IParticipantStore>(p => new TableParticipantStore(Table(p, SchemeTables.Participants), Year(p)));
        services.AddSingleton<IDepartureRegister>(p => new TableDepartureRegister(Table(p, SchemeTables.Departures), Year(p)));
        services.AddSingleton<IMatchStore>(p => new TableMatchStore(Table(p, SchemeTables.Matches), Year(p)));
        services.AddSingleton<ICheckInStore>(p => new TableCheckInStore(Table(p, SchemeTables.CheckIns), Year(p)));
        services.AddSingleton(p => new TableSurveyStore(Table(p, SchemeTables.Surveys), Year(p), protector));
        services.AddSingleton<ISurveyStore>(p => p.GetRequiredService<TableSurveyStore>());
        services.AddSingleton(p => new TableConcernStore(Table(p, SchemeTables.Concerns), protector));
        services.AddSingleton<IConcernStore>(p => p.GetRequiredService<TableConcernStore>());
        services.AddSingleton<ISealedTextStore>(p => p.GetRequiredService<TableConcernStore>());
        services.AddSingleton<ISealedTextStore>(p => p.GetRequiredService<TableSurveyStore>());
        services.AddSingleton<StoredTextResealer>();
        services.AddSingleton<ISentEmailStore>(p => new TableSentEmailStore(Table(p, SchemeTables.SentEmails), Year(p)));
        services.AddSingleton<ICohortUploadStore>(p => new TableCohortUploadStore(Table(p, SchemeTables.CohortUploads), Year(p)));
        services.AddSingleton<IErasureLedger>(p => new TableErasureLedger(Table(p, SchemeTables.ErasureLedger), Year(p)));
        services.AddSingleton<ITimeline>(p => new TableTimeline(Table(p, SchemeTables.Timeline), Year(p)));
        services.AddSingleton<ISentMailLedger>(p => new TableSentMailLedger(Table(p, SchemeTables.SentMailLedger), Year(p)));
        return services;
    }

    private static ITableGateway Table(IServiceProvider provider, string name) => provider.GetRequiredService<ITableGateways>().Table(name);

    private static int Year(IServiceProvider provider) => provider.GetRequiredService<SchemeYear>().StartYear;
}
