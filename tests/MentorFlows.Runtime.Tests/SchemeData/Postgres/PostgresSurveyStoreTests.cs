using System.Security.Cryptography;
using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.SchemeData.Postgres;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.Runtime.Tests.SchemeData.Postgres;

/// <summary>Survey comments at rest: sealed in the table, opened only with a configured key, on their own answer; answers saved before sealing still read.</summary>
[RequiresPostgres]
public sealed class PostgresSurveyStoreTests : IAsyncLifetime
{
    private const string Comment = "My mentor is lovely but I'm struggling with my course";
    private static readonly DateTime At = new(2025, 12, 3, 10, 0, 0, DateTimeKind.Utc);
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private readonly PostgresTestSchemas _schemas = new();
    private PostgresSchemeDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = new PostgresSchemeDatabase(_schemas.DataSource, _schemas.NewSchema());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _schemas.DisposeAsync();

    [StoreFact]
    public async Task Save_KeepsTheCommentOnlySealed()
    {
        var store = Store(new TextProtector(Key));

        await store.SaveAsync(Answer("S1", "M1"), CancellationToken.None);

        var row = await ScalarAsync<string>("SELECT row_to_json(a)::text FROM {s}.survey_answers a");
        var sealedBytes = await ScalarAsync<byte[]>("SELECT comment_sealed FROM {s}.survey_answers");
        Assert.DoesNotContain("struggling", row, StringComparison.Ordinal);
        Assert.DoesNotContain("struggling", Encoding.UTF8.GetString(sealedBytes), StringComparison.Ordinal);
        Assert.Contains(new TextProtector(Key).CurrentKeyId, row, StringComparison.Ordinal);
        Assert.Equal(Comment, Assert.Single(await store.ListCommentedAsync(CancellationToken.None)).Answer.Comment);
    }

    [StoreFact]
    public async Task List_ACommentMovedOntoAnotherAnswer_FailsNamingTheAnswerAndKeyNotTheText()
    {
        var store = Store(new TextProtector(Key));
        await store.SaveAsync(Answer("S1", "M1"), CancellationToken.None);
        await store.SaveAsync(Answer("S2", "M1") with { Answer = new SurveyAnswer(3, false, "something else") }, CancellationToken.None);

        await ScalarAsync<int>(
            "WITH f AS (SELECT comment_nonce, comment_sealed FROM {s}.survey_answers WHERE student_id = 'S1') UPDATE {s}.survey_answers a SET comment_nonce = f.comment_nonce, comment_sealed = f.comment_sealed FROM f WHERE a.student_id = 'S2' RETURNING 1");

        var error = await Assert.ThrowsAsync<CryptographicException>(() => store.ListForStudentAsync("S2", CancellationToken.None));
        Assert.Contains("S2", error.Message, StringComparison.Ordinal);
        Assert.Contains(new TextProtector(Key).CurrentKeyId, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("struggling", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task List_AfterARotation_OpensOldCommentsAndResealMovesThemToTheNewKey()
    {
        await Store(new TextProtector(Key)).SaveAsync(Answer("S1", "M1"), CancellationToken.None);
        var newKey = RandomNumberGenerator.GetBytes(32);
        var rotated = Store(new TextProtector(newKey, [Key]));
        await rotated.SaveAsync(Answer("S2", null), CancellationToken.None);
        await rotated.SaveAsync(Answer("S3", null) with { Answer = new SurveyAnswer(5, true) }, CancellationToken.None);

        Assert.Equal(Comment, Assert.Single(await rotated.ListForStudentAsync("S1", CancellationToken.None)).Answer.Comment);
        Assert.Equal(1, await rotated.ResealAsync(CancellationToken.None));
        Assert.Equal(0, await rotated.ResealAsync(CancellationToken.None));

        var newKeyOnly = Store(new TextProtector(newKey));
        Assert.Equal([Comment, Comment], (await newKeyOnly.ListCommentedAsync(CancellationToken.None)).Select(a => a.Answer.Comment));
    }

    [StoreFact]
    public async Task AnAnswerSavedBeforeMigration4_IsReadAsItIs_AndResealSealsIt()
    {
        await PostgresMigrator.MigrateAsync(_schemas.DataSource, _database.Schema, "scheme", [.. SchemeSchema.Migrations.Take(3)], CancellationToken.None);
        await using (var old = _schemas.DataSource.CreateCommand(
            $"INSERT INTO {_database.Schema}.survey_answers VALUES ('S1', 'MidPointReview', 'M1', 'Mentee', 4, true, 'An old plain comment', now())"))
        {
            await old.ExecuteNonQueryAsync();
        }

        var store = Store(new TextProtector(Key));

        Assert.Equal("An old plain comment", Assert.Single(await store.ListCommentedAsync(CancellationToken.None)).Answer.Comment);
        Assert.Contains("old plain", await ScalarAsync<string>("SELECT row_to_json(a)::text FROM {s}.survey_answers a"), StringComparison.Ordinal);
        Assert.Equal(1, await store.ResealAsync(CancellationToken.None));

        Assert.DoesNotContain("old plain", await ScalarAsync<string>("SELECT row_to_json(a)::text FROM {s}.survey_answers a"), StringComparison.Ordinal);
        Assert.Equal("An old plain comment", Assert.Single(await store.ListForStudentAsync("M1", CancellationToken.None)).Answer.Comment);
        Assert.Equal(0, await store.ResealAsync(CancellationToken.None));
    }

    private PostgresSurveyStore Store(TextProtector protector) => new(_database, protector);

    private static SurveyResponse Answer(string studentId, string? partnerId) =>
        new(studentId, SurveyPoint.MidPointReview, partnerId, ParticipantRole.Mentee, new SurveyAnswer(4, true, Comment), At);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await _database.MigrateAsync(CancellationToken.None);
        await using var command = _schemas.DataSource.CreateCommand(sql.Replace("{s}", _database.Schema, StringComparison.Ordinal));
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
