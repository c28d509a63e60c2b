using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// Table <c>SchemeSurveys</c>, one partition per scheme year, so that an answer and its copy change in one
/// transaction. Row keys:
/// <list type="bullet">
/// <item><c>a!{student id}!{point}</c> or <c>a!{student id}!{point}!{partner id}</c>: the answer, by its respondent;</item>
/// <item><c>p!{partner id}!{student id}!{point}</c>: a copy of an answer that names a partner, found by the partner
/// (what their erasure deletes with it).</item>
/// </list>
/// Properties: the ids, the point and role by name, the rating, whether they would recommend, the comment (at most
/// 2000 characters, one property) and when it was answered.
/// </summary>
public static class SurveyRows
{
    public const string AnswerKind = "a";
    public const string PartnerKind = "p";

    public static string AnswerKey(string studentId, SurveyPoint point, string? partnerId) =>
        partnerId is null
            ? TableKey.Compose(AnswerKind, studentId, point.ToString())
            : TableKey.Compose(AnswerKind, studentId, point.ToString(), partnerId);

    /// <summary>The answer's rows: the answer, and its partner's copy when it names one.</summary>
    public static IReadOnlyList<TableRow> ToRows(int schemeYear, SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var partition = SchemeYearKey.Of(schemeYear);
        var properties = new PropertyBag()
            .Set("StudentId", response.StudentId)
            .SetEnum("Point", response.Point)
            .Set("PartnerId", response.PartnerId)
            .SetEnum("Role", response.Role)
            .Set("Rating", response.Answer.Rating)
            .Set("WouldRecommend", response.Answer.WouldRecommend)
            .Set("Comment", response.Answer.Comment)
            .Set("AnsweredAt", response.AnsweredAtUtc)
            .Build();
        var answer = new TableRow(partition, AnswerKey(response.StudentId, response.Point, response.PartnerId), properties);
        return response.PartnerId is { } partnerId
            ? [answer, new TableRow(partition, TableKey.Compose(PartnerKind, partnerId, response.StudentId, response.Point.ToString()), properties)]
            : [answer];
    }

    public static SurveyResponse FromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var p = row.Properties;
        return new SurveyResponse(
            p.GetString("StudentId"),
            p.GetEnum<SurveyPoint>("Point"),
            p.GetStringOrNull("PartnerId"),
            p.GetEnum<ParticipantRole>("Role"),
            new SurveyAnswer(p.GetInt32("Rating"), p.GetBoolean("WouldRecommend"), p.GetStringOrNull("Comment")),
            p.GetUtc("AnsweredAt"));
    }
}
