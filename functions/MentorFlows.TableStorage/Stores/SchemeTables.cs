namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// The scheme's tables, beside the Durable task hub's own (<c>MentorFlowsHistory</c>, <c>MentorFlowsInstances</c>) in
/// the same account. Partition and row keys: docs/azure.md, "Partition design".
/// </summary>
public static class SchemeTables
{
    public const string Participants = "SchemeParticipants";
    public const string Departures = "SchemeDepartures";
    public const string Matches = "SchemeMatches";
    public const string CheckIns = "SchemeCheckIns";
    public const string Surveys = "SchemeSurveys";
    public const string Concerns = "SchemeConcerns";
    public const string SentEmails = "SchemeSentEmails";
    public const string CohortUploads = "SchemeCohortUploads";
    public const string ErasureLedger = "SchemeErasureLedger";
    public const string Timeline = "SchemeTimeline";
    public const string SentMailLedger = "SchemeSentMailLedger";

    public static IReadOnlyList<string> All { get; } =
        [Participants, Departures, Matches, CheckIns, Surveys, Concerns, SentEmails, CohortUploads, ErasureLedger, Timeline, SentMailLedger];
}
