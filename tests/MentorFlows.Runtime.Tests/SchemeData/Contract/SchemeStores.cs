using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.Runtime.SchemeData.Postgres;
using MentorFlows.SendGrid.Ledger;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

/// <summary>One implementation of every scheme store port, plus the send ledger, for the contract suite.</summary>
public sealed record SchemeStores(
    IParticipantStore Participants,
    IDepartureRegister Departures,
    IMatchStore Matches,
    ICheckInStore CheckIns,
    ISurveyStore Surveys,
    IConcernStore Concerns,
    ISentEmailStore SentEmails,
    ICohortUploadStore Uploads,
    ICohortFileStore Files,
    IErasureLedger Erasures,
    ITimeline Timeline,
    ISentMailLedger MailLedger,
    Func<string, Task<SentMailReceipt?>> FindSent)
{
    public static SchemeStores InMemory()
    {
        var ledger = new InMemorySentMailLedger();
        return new(new InMemoryParticipantStore(), new InMemoryDepartureRegister(), new InMemoryMatchStore(), new InMemoryCheckInStore(), new InMemorySurveyStore(),
            new InMemoryConcernStore(), new InMemorySentEmailStore(), new InMemoryCohortUploadStore(), new InMemoryCohortFileStore(),
            new InMemoryErasureLedger(), new InMemoryTimeline(), ledger, id => Task.FromResult(ledger.FindSent(id)));
    }

    public static SchemeStores Postgres(PostgresSchemeDatabase database, TextProtector protector)
    {
        var ledger = new PostgresSentMailLedger(database);
        return new(new PostgresParticipantStore(database), new PostgresDepartureRegister(database), new PostgresMatchStore(database),
            new PostgresCheckInStore(database), new PostgresSurveyStore(database, protector), new PostgresConcernStore(database, protector), new PostgresSentEmailStore(database),
            new PostgresCohortUploadStore(database), new PostgresCohortFileStore(database), new PostgresErasureLedger(database),
            new PostgresTimeline(database), ledger, id => ledger.FindSentAsync(id, CancellationToken.None));
    }
}
