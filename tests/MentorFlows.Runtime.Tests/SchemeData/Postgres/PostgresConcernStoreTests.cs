using System.Security.Cryptography;
using System.Text;
using MentorFlows.Domain.Concerns;
using MentorFlows.Runtime.SchemeData.Postgres;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.Runtime.Tests.SchemeData.Postgres;

/// <summary>Concern text at rest: sealed in the table, opened only with a configured key, on its own row.</summary>
[RequiresPostgres]
public sealed class PostgresConcernStoreTests : IAsyncLifetime
{
    private const string Text = "a private account of what happened at the meeting";
    private static readonly DateTime At = new(2025, 11, 3, 10, 0, 0, DateTimeKind.Utc);
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
    public async Task Add_KeepsTheTextOnlySealed()
    {
        var store = Store(new TextProtector(Key));

        await store.AddAsync(Report("f1"), 2025, CancellationToken.None);

        var row = await ScalarAsync<string>("SELECT row_to_json(c)::text FROM {s}.concerns c");
        var sealedBytes = await ScalarAsync<byte[]>("SELECT text_sealed FROM {s}.concerns");
        Assert.DoesNotContain("private", row, StringComparison.Ordinal);
        Assert.DoesNotContain("private", Encoding.UTF8.GetString(sealedBytes), StringComparison.Ordinal);
        Assert.Contains(new TextProtector(Key).CurrentKeyId, row, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task ReadText_AfterARotation_OpensOldTextsAndResealMovesThemToTheNewKey()
    {
        var before = Store(new TextProtector(Key));
        var first = await before.AddAsync(Report("f1"), 2025, CancellationToken.None);
        var newKey = RandomNumberGenerator.GetBytes(32);
        var rotated = Store(new TextProtector(newKey, [Key]));
        var second = await rotated.AddAsync(Report("f2"), 2025, CancellationToken.None);

        Assert.Equal(Text, await rotated.ReadTextAsync(first.Reference, CancellationToken.None));
        Assert.Equal(1, await rotated.ResealAsync(CancellationToken.None));
        Assert.Equal(0, await rotated.ResealAsync(CancellationToken.None));

        var newKeyOnly = Store(new TextProtector(newKey));
        Assert.Equal(Text, await newKeyOnly.ReadTextAsync(first.Reference, CancellationToken.None));
        Assert.Equal(Text, await newKeyOnly.ReadTextAsync(second.Reference, CancellationToken.None));
    }

    [StoreFact]
    public async Task ReadText_WithoutTheKey_FailsWithoutShowingTheText()
    {
        var concern = await Store(new TextProtector(Key)).AddAsync(Report("f1"), 2025, CancellationToken.None);

        var error = await Assert.ThrowsAsync<CryptographicException>(() =>
            Store(new TextProtector(RandomNumberGenerator.GetBytes(32))).ReadTextAsync(concern.Reference, CancellationToken.None));

        Assert.DoesNotContain("private", error.Message, StringComparison.Ordinal);
        Assert.Contains(concern.Reference.Value, error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task ReadText_OfASealedTextCopiedOntoAnotherConcern_Fails()
    {
        var store = Store(new TextProtector(Key));
        await store.AddAsync(Report("f1"), 2025, CancellationToken.None);
        var other = await store.AddAsync(Report("f2") with { Text = "something else" }, 2025, CancellationToken.None);

        await ScalarAsync<int>(
            "WITH f AS (SELECT text_nonce, text_sealed FROM {s}.concerns WHERE submission_id = 'f1') UPDATE {s}.concerns c SET text_nonce = f.text_nonce, text_sealed = f.text_sealed FROM f WHERE c.submission_id = 'f2' RETURNING 1");

        var error = await Assert.ThrowsAsync<CryptographicException>(() => store.ReadTextAsync(other.Reference, CancellationToken.None));
        Assert.Contains(other.Reference.Value, error.Message, StringComparison.Ordinal);
        Assert.Contains(new TextProtector(Key).CurrentKeyId, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("private", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task EraseStudent_LeavesNoSealedTextBehind()
    {
        var store = Store(new TextProtector(Key));
        await store.AddAsync(Report("f1"), 2025, CancellationToken.None);

        await store.EraseStudentAsync("M1", CancellationToken.None);

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM {s}.concerns WHERE text_sealed IS NOT NULL OR text_nonce IS NOT NULL OR text_key_id IS NOT NULL OR submission_id IS NOT NULL"));
    }

    private PostgresConcernStore Store(TextProtector protector) => new(_database, protector);

    private static NewConcern Report(string submission) => new("S1", "M1", ConcernCategory.Harassment, false, Text, At, submission);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await _database.MigrateAsync(CancellationToken.None);
        await using var command = _schemas.DataSource.CreateCommand(sql.Replace("{s}", _database.Schema, StringComparison.Ordinal));
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
