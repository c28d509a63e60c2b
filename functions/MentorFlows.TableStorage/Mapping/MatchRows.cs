using MentorFlows.Domain.Matching;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// Table <c>SchemeMatches</c>, one partition per scheme year, so that a match and its index rows change in one
/// transaction. Row keys:
/// <list type="bullet">
/// <item><c>m!{match id}</c>: the match (JSON), with <c>IsCurrent</c>, <c>BatchId</c> and
/// <c>EndedBy</c> (when set) for server-side filters;</item>
/// <item><c>t!{mentor id}!{match id}</c> and <c>e!{mentee id}!{match id}</c>: copies of it, found by student; the mentor
/// rows in key order are the check-in sweep's pages (mentor by mentor);</item>
/// <item><c>x!{mentee id}!{mentor id}</c>: a pair never to be matched again;</item>
/// <item><c>w!{mentee id}</c>: a waiting mentee (JSON), with its place in the list.</item>
/// </list>
/// </summary>
public static class MatchRows
{
    public const string MatchKind = "m";
    public const string MentorKind = "t";
    public const string MenteeKind = "e";
    public const string ExcludedKind = "x";
    public const string WaitingKind = "w";

    public static string MatchKey(string matchId) => TableKey.Compose(MatchKind, matchId);

    /// <summary>The match's three rows: the match, its mentor's copy and its mentee's copy.</summary>
    public static IReadOnlyList<TableRow> ToRows(int schemeYear, MatchRecord match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var partition = SchemeYearKey.Of(schemeYear);
        var properties = new PropertyBag()
            .Set("MatchId", match.MatchId)
            .Set("IsCurrent", match.IsCurrent)
            .Set("BatchId", match.BatchId)
            .Set("EndedBy", match.EndedBy)
            .SetJson("Data", match)
            .Build();
        return
        [
            new TableRow(partition, MatchKey(match.MatchId), properties),
            new TableRow(partition, TableKey.Compose(MentorKind, match.MentorId, match.MatchId), properties),
            new TableRow(partition, TableKey.Compose(MenteeKind, match.MenteeId, match.MatchId), properties),
        ];
    }

    public static MatchRecord FromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Properties.GetJson<MatchRecord>("Data");
    }

    public static TableRow ExcludedRow(int schemeYear, MatchPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new TableRow(
            SchemeYearKey.Of(schemeYear),
            TableKey.Compose(ExcludedKind, pair.MenteeId, pair.MentorId),
            new PropertyBag().Set("MenteeId", pair.MenteeId).Set("MentorId", pair.MentorId).Build());
    }

    public static MatchPair PairFromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new MatchPair(row.Properties.GetString("MenteeId"), row.Properties.GetString("MentorId"));
    }

    public static string WaitingKey(string menteeId) => TableKey.Compose(WaitingKind, menteeId);

    public static TableRow WaitingRow(int schemeYear, WaitingMentee waiting, int place)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        return new TableRow(SchemeYearKey.Of(schemeYear), WaitingKey(waiting.MenteeId), new PropertyBag().Set("Place", place).SetJson("Data", waiting).Build());
    }

    public static (WaitingMentee Waiting, int Place) WaitingFromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (row.Properties.GetJson<WaitingMentee>("Data"), row.Properties.GetInt32("Place"));
    }
}
