using System.Globalization;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// A <see cref="CheckInResponse"/> as an entity of table <c>SchemeCheckIns</c>: partition = scheme year and match id
/// (one partition per match: a match's answers are read and erased together), row key = round (two digits) and
/// respondent. Hours are kept as invariant decimal text (Azure Tables has no decimal).
/// </summary>
public static class CheckInRows
{
    public static string Partition(int schemeYear, string matchId) => TableKey.Compose(SchemeYearKey.Of(schemeYear), matchId);

    public static string RowKey(int round, CheckInRespondent respondent) =>
        TableKey.Compose(round.ToString("D2", CultureInfo.InvariantCulture), respondent.ToString());

    public static TableRow ToRow(int schemeYear, CheckInResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var properties = new PropertyBag()
            .Set("MatchId", response.MatchId)
            .Set("Round", response.Round)
            .SetEnum("Respondent", response.Respondent)
            .Set("Met", response.Met)
            .Set("Hours", response.Hours?.ToString(CultureInfo.InvariantCulture))
            .Set("DailyContact", response.DailyContact)
            .Set("AnsweredAt", response.AnsweredAtUtc)
            .Build();
        return new TableRow(Partition(schemeYear, response.MatchId), RowKey(response.Round, response.Respondent), properties);
    }

    public static CheckInResponse FromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var p = row.Properties;
        decimal? hours = null;
        if (p.GetStringOrNull("Hours") is { } text)
        {
            hours = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new TableDataException("Property Hours does not hold a decimal.");
        }

        return new CheckInResponse(
            p.GetString("MatchId"), p.GetInt32("Round"), p.GetEnum<CheckInRespondent>("Respondent"), p.GetBoolean("Met"), hours, p.GetBoolean("DailyContact"), p.GetUtc("AnsweredAt"));
    }
}
