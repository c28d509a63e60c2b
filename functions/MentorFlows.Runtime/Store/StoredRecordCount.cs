namespace MentorFlows.Runtime.Store;

/// <summary>How many records the store holds for one instance, per kind; all zero once it is purged.</summary>
public sealed record StoredRecordCount(int Instances, int HistoryEvents, int Messages, int Activities)
{
    public int Total => Instances + HistoryEvents + Messages + Activities;
}
