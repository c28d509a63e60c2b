using System.Security.Cryptography;
using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.Runtime.Tests.SchemeData.Contract;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.Runtime.Tests.SchemeData.Tables;

/// <summary>
/// The scheme store contract on the Azure Tables stores (MentorFlows.TableStorage, what the Azure host runs), over
/// in-memory tables that keep Azure's rules. Cohort files are a blob container on Azure, so the in-memory file store
/// stands in for them here.
/// </summary>
public sealed class TableSchemeStoreContractTests : SchemeStoreContractTests
{
    private const int Year = 2025;

    protected override Task<SchemeStores> CreateStoresAsync()
    {
        var tables = new InMemoryTables();
        var protector = new TextProtector(RandomNumberGenerator.GetBytes(32));
        var ledger = new TableSentMailLedger(tables.Table(SchemeTables.SentMailLedger), Year);
        return Task.FromResult(new SchemeStores(
            new TableParticipantStore(tables.Table(SchemeTables.Participants), Year),
            new TableDepartureRegister(tables.Table(SchemeTables.Departures), Year),
            new TableMatchStore(tables.Table(SchemeTables.Matches), Year),
            new TableCheckInStore(tables.Table(SchemeTables.CheckIns), Year),
            new TableSurveyStore(tables.Table(SchemeTables.Surveys), Year, protector),
            new TableConcernStore(tables.Table(SchemeTables.Concerns), protector),
            new TableSentEmailStore(tables.Table(SchemeTables.SentEmails), Year),
            new TableCohortUploadStore(tables.Table(SchemeTables.CohortUploads), Year),
            new InMemoryCohortFileStore(),
            new TableErasureLedger(tables.Table(SchemeTables.ErasureLedger), Year),
            new TableTimeline(tables.Table(SchemeTables.Timeline), Year),
            ledger,
            id => ledger.FindSentAsync(id, CancellationToken.None)));
    }
}
