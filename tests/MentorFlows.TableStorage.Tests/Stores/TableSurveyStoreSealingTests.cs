using System.Security.Cryptography;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

/// <summary>A survey comment at rest in the table: sealed in the answer and its partner's copy, on its own answer; rows from before sealing still read.</summary>
public sealed class TableSurveyStoreSealingTests
{
    private const string Comment = "My mentor is lovely but I'm struggling with my course";
    private const string LegacyComment = "A comment stored in plain text by an earlier version";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly string Partition = SchemeYearKey.Of(Year);

    private readonly InMemoryTable _table = new();
    private readonly TableSurveyStore _store;

    public TableSurveyStoreSealingTests() => _store = Store(new TextProtector(Key));

    [Fact]
    public async Task SaveAsync_TheAnswerAndItsCopyHoldTheCommentOnlySealed()
    {
        await _store.SaveAsync(Answer("S1", "M1"), None);

        Assert.Equal(2, _table.Rows().Count);
        Assert.All(_table.Rows(), row => Assert.Equal(new TextProtector(Key).CurrentKeyId, row.Properties["CommentKeyId"]));
        Assert.False(RawRows.Show(_table.Rows(), "struggling"));
        Assert.Equal(Comment, Assert.Single(await _store.ListForStudentAsync("S1", None)).Answer.Comment);
        Assert.Equal(Comment, Assert.Single(await _store.ListForStudentAsync("M1", None)).Answer.Comment);
        Assert.Equal(Comment, Assert.Single(await _store.ListCommentedAsync(None)).Answer.Comment);
    }

    [Fact]
    public async Task ListForStudentAsync_ACommentMovedOntoAnotherAnswer_FailsNamingTheAnswerAndKeyNotTheText()
    {
        await _store.SaveAsync(Answer("S1", null), None);
        await _store.SaveAsync(Answer("S2", null) with { Answer = new SurveyAnswer(2, false, "something else") }, None);
        var from = await RowAsync("S1", null);
        var to = await RowAsync("S2", null);
        var moved = new Dictionary<string, object>(to.Properties, StringComparer.Ordinal);
        foreach (var name in new[] { "CommentKeyId", "CommentNonce", "CommentSealed" })
        {
            moved[name] = from.Properties[name];
        }

        await _table.SubmitAsync([TableWrite.Replace(to with { Properties = moved }, to.ETag)], None);

        var error = await Assert.ThrowsAsync<CryptographicException>(() => _store.ListForStudentAsync("S2", None));
        Assert.Contains("S2", error.Message, StringComparison.Ordinal);
        Assert.Contains(new TextProtector(Key).CurrentKeyId, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("struggling", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_AfterARotation_OpensOldCommentsAndResealMovesAnswerAndCopyToTheNewKey()
    {
        await _store.SaveAsync(Answer("S1", "M1"), None);
        await Store(new TextProtector(Key), Year + 1).SaveAsync(Answer("S1", null), None);
        await _store.SaveAsync(Answer("S2", null) with { Answer = new SurveyAnswer(5, true) }, None);
        var newKey = RandomNumberGenerator.GetBytes(32);
        var rotated = Store(new TextProtector(newKey, [Key]));

        Assert.Equal(Comment, Assert.Single(await rotated.ListForStudentAsync("M1", None)).Answer.Comment);
        Assert.Equal(2, await rotated.ResealAsync(None));
        Assert.Equal(0, await rotated.ResealAsync(None));

        var newKeyOnly = Store(new TextProtector(newKey));
        Assert.Equal(Comment, Assert.Single(await newKeyOnly.ListForStudentAsync("M1", None)).Answer.Comment);
        Assert.Equal(Comment, Assert.Single(await newKeyOnly.ListForStudentAsync("S1", None)).Answer.Comment);
        Assert.Null(Assert.Single(await newKeyOnly.ListForStudentAsync("S2", None)).Answer.Comment);
        Assert.Equal(Comment, Assert.Single(await Store(new TextProtector(newKey), Year + 1).ListForStudentAsync("S1", None)).Answer.Comment);
    }

    [Fact]
    public async Task RowsWrittenBeforeSealing_AreReadAsTheyAre_AndResealSealsAnswerAndCopy()
    {
        await AddLegacyRowsAsync(Answer("S1", "M1") with { Answer = new SurveyAnswer(4, true, LegacyComment) });

        Assert.Equal(LegacyComment, Assert.Single(await _store.ListCommentedAsync(None)).Answer.Comment);
        Assert.Equal(LegacyComment, Assert.Single(await _store.ListForStudentAsync("M1", None)).Answer.Comment);
        Assert.True(RawRows.Show(_table.Rows(), "plain text"));

        Assert.Equal(1, await _store.ResealAsync(None));

        Assert.False(RawRows.Show(_table.Rows(), "plain text"));
        Assert.All(_table.Rows(), row => Assert.False(row.Properties.ContainsKey("Comment")));
        Assert.Equal(LegacyComment, Assert.Single(await _store.ListForStudentAsync("M1", None)).Answer.Comment);
        Assert.Equal(LegacyComment, Assert.Single(await _store.ListForStudentAsync("S1", None)).Answer.Comment);
        Assert.Equal(0, await _store.ResealAsync(None));
    }

    [Fact]
    public async Task EraseStudentAsync_WithoutTheKeyThatSealedTheComments_StillErasesEveryAnswer()
    {
        await _store.SaveAsync(Answer("S1", "M1"), None);
        await AddLegacyRowsAsync(Answer("S2", "M1") with { Answer = new SurveyAnswer(4, true, LegacyComment) });

        Assert.Equal(2, await Store(new TextProtector(RandomNumberGenerator.GetBytes(32))).EraseStudentAsync("M1", None));

        Assert.Empty(_table.Rows());
    }

    private TableSurveyStore Store(TextProtector protector, int schemeYear = Year) => new(_table, schemeYear, protector);

    private static SurveyResponse Answer(string studentId, string? partnerId) =>
        new(studentId, SurveyPoint.MidPointReview, partnerId, ParticipantRole.Mentee, new SurveyAnswer(4, true, Comment), At);

    private async Task<TableRow> RowAsync(string studentId, string? partnerId) =>
        (await _table.GetAsync(Partition, SurveyRows.AnswerKey(studentId, SurveyPoint.MidPointReview, partnerId), None))!;

    /// <summary>An answer as the store wrote it before comments were sealed: the comment plain in <c>Comment</c>, in the answer and its copy.</summary>
    private async Task AddLegacyRowsAsync(SurveyResponse response)
    {
        var rows = SurveyRows.ToRows(Partition, response, null)
            .Select(row => row with { Properties = new Dictionary<string, object>(row.Properties, StringComparer.Ordinal) { ["Comment"] = response.Answer.Comment! } });
        await _table.SubmitAsync([.. rows.Select(TableWrite.Insert)], None);
    }
}
