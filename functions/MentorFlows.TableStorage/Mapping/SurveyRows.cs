using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// Table <c>SchemeSurveys</c>, one partition per scheme year, so that an answer and its copy change in one
/// transaction. Row keys:
/// <list type="bullet">
/// <item><c>a!{student id}!{point}</c> or <c>a!{student id}!{point}!{partner id}</c>: the answer, by its respondent;</item>
/// <item><c>p!{partner id}!{student id}!{point}</c>: a copy of an answer that names a partner, found by the partner
/// (what their erasure deletes with it).</item>
/// </list>
/// Properties: the ids, the point and role by name, the rating, whether they would recommend, the comment sealed
/// (<see cref="TextProtector"/>, the answer's <see cref="SurveyAnswerKey"/> as associated data) in <c>CommentKeyId</c>,
/// <c>CommentNonce</c> and <c>CommentSealed</c> (<see cref="SealedTextColumns"/>; a comment of at most 2000 characters
/// fits one property), and when it was answered. A row written before comments were sealed holds it plain in
/// <c>Comment</c> until it is re-sealed.
/// </summary>
public static class SurveyRows
{
    public const string AnswerKind = "a";
    public const string PartnerKind = "p";

    /// <summary>The comment's property: sealed, <c>CommentKeyId</c>, <c>CommentNonce</c>, <c>CommentSealed</c>; plain, in rows written before sealing, <c>Comment</c>.</summary>
    private const string CommentName = "Comment";

    public static string AnswerKey(string studentId, SurveyPoint point, string? partnerId) =>
        partnerId is null
            ? TableKey.Compose(AnswerKind, studentId, point.ToString())
            : TableKey.Compose(AnswerKind, studentId, point.ToString(), partnerId);

    /// <summary>The keys of an answer's rows: the answer, and its partner's copy when it names one.</summary>
    public static IReadOnlyList<string> RowKeys(SurveyAnswerKey answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var key = AnswerKey(answer.StudentId, answer.Point, answer.PartnerId);
        return answer.PartnerId is { } partnerId ? [key, TableKey.Compose(PartnerKind, partnerId, answer.StudentId, answer.Point.ToString())] : [key];
    }

    /// <summary>
    /// The answer's rows (the answer, and its partner's copy when it names one) in <paramref name="partition"/>, with
    /// <paramref name="comment"/> as the comment: the response's own comment, plain, is never written.
    /// </summary>
    public static IReadOnlyList<TableRow> ToRows(string partition, SurveyResponse response, SealedText? comment)
    {
        ArgumentException.ThrowIfNullOrEmpty(partition);
        ArgumentNullException.ThrowIfNull(response);
        var properties = new PropertyBag()
            .Set("StudentId", response.StudentId)
            .SetEnum("Point", response.Point)
            .Set("PartnerId", response.PartnerId)
            .SetEnum("Role", response.Role)
            .Set("Rating", response.Answer.Rating)
            .Set("WouldRecommend", response.Answer.WouldRecommend)
            .SetSealed(CommentName, comment)
            .Set("AnsweredAt", response.AnsweredAtUtc)
            .Build();
        return [.. RowKeys(SurveyAnswerKey.Of(response)).Select(rowKey => new TableRow(partition, rowKey, properties))];
    }

    /// <summary>The answer a row holds, its comment opened by <paramref name="protector"/> (or read plain from a row written before sealing).</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The comment's key is not configured, or it was altered or copied from another answer.</exception>
    public static SurveyResponse FromRow(TableRow row, TextProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        var key = KeyFromRow(row);
        var p = row.Properties;
        return new SurveyResponse(
            key.StudentId,
            key.Point,
            key.PartnerId,
            p.GetEnum<ParticipantRole>("Role"),
            new SurveyAnswer(p.GetInt32("Rating"), p.GetBoolean("WouldRecommend"), SealedCommentFromRow(row) is { } sealedComment ? protector.Open(key, sealedComment) : PlainCommentFromRow(row)),
            p.GetUtc("AnsweredAt"));
    }

    /// <summary>Which answer a row (the answer or its copy) belongs to, without opening its comment.</summary>
    public static SurveyAnswerKey KeyFromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var p = row.Properties;
        return new SurveyAnswerKey(p.GetString("StudentId"), p.GetEnum<SurveyPoint>("Point"), p.GetStringOrNull("PartnerId"));
    }

    /// <summary>The sealed comment, or null (none, or one still plain: <see cref="PlainCommentFromRow"/>).</summary>
    public static SealedText? SealedCommentFromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Properties.GetSealedOrNull(CommentName);
    }

    /// <summary>The comment of a row written before comments were sealed, or null.</summary>
    public static string? PlainCommentFromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Properties.GetStringOrNull(CommentName);
    }
}
