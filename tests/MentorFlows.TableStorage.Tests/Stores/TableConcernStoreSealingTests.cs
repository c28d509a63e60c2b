using System.Security.Cryptography;
using MentorFlows.Domain.Concerns;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

/// <summary>A concern's account at rest in the table: sealed, opened only with a configured key, on its own row; rows from before sealing still read.</summary>
public sealed class TableConcernStoreSealingTests
{
    private const string Account = "A private account of what happened after the meeting";
    private const string LegacyAccount = "An account stored in plain text by an earlier version";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private readonly InMemoryTable _table = new();
    private readonly TableConcernStore _store;

    public TableConcernStoreSealingTests() => _store = Store(new TextProtector(Key));

    [Fact]
    public async Task AddAsync_TheRowHoldsTheAccountOnlySealed()
    {
        var concern = await _store.AddAsync(Report("S1", "M1", "form-1"), Year, None);

        var row = await RowAsync(concern.Reference);
        Assert.False(RawRows.Show(_table.Rows(), "private account"));
        Assert.False(row.Properties.ContainsKey("Text"));
        Assert.Equal(new TextProtector(Key).CurrentKeyId, row.Properties["TextKeyId"]);
        Assert.Equal(Account, await _store.ReadTextAsync(concern.Reference, None));
    }

    [Fact]
    public async Task ReadTextAsync_AnAccountMovedOntoAnotherConcern_FailsNamingTheReferenceAndKeyNotTheText()
    {
        var first = await _store.AddAsync(Report("S1", "M1"), Year, None);
        var second = await _store.AddAsync(Report("S2", "M2") with { Text = "something else" }, Year, None);
        var from = await RowAsync(first.Reference);
        var to = await RowAsync(second.Reference);
        var moved = new Dictionary<string, object>(to.Properties, StringComparer.Ordinal);
        foreach (var name in new[] { "TextKeyId", "TextNonce", "TextSealed" })
        {
            moved[name] = from.Properties[name];
        }

        await _table.SubmitAsync([TableWrite.Replace(to with { Properties = moved }, to.ETag)], None);

        var error = await Assert.ThrowsAsync<CryptographicException>(() => _store.ReadTextAsync(second.Reference, None));
        Assert.Contains(second.Reference.Value, error.Message, StringComparison.Ordinal);
        Assert.Contains(new TextProtector(Key).CurrentKeyId, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("private", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadTextAsync_AfterARotation_OpensOldAccountsAndResealMovesThemToTheNewKey()
    {
        var first = await _store.AddAsync(Report("S1", "M1"), Year, None);
        var nextYear = await _store.AddAsync(Report("S2", "M2"), Year + 1, None);
        var newKey = RandomNumberGenerator.GetBytes(32);
        var rotated = Store(new TextProtector(newKey, [Key]));
        var afterRotation = await rotated.AddAsync(Report("S3", "M3"), Year, None);

        Assert.Equal(Account, await rotated.ReadTextAsync(first.Reference, None));
        Assert.Equal(2, await rotated.ResealAsync(None));
        Assert.Equal(0, await rotated.ResealAsync(None));

        var newKeyOnly = Store(new TextProtector(newKey));
        foreach (var concern in new[] { first, nextYear, afterRotation })
        {
            Assert.Equal(Account, await newKeyOnly.ReadTextAsync(concern.Reference, None));
        }

        var error = await Assert.ThrowsAsync<CryptographicException>(() => _store.ReadTextAsync(first.Reference, None));
        Assert.Contains(new TextProtector(newKey).CurrentKeyId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowWrittenBeforeSealing_IsReadAsItIs_AndResealSealsIt()
    {
        var reference = await AddLegacyRowAsync(1);
        Assert.True((await _store.GetAsync(reference, None))!.HasText);
        Assert.Equal(LegacyAccount, await _store.ReadTextAsync(reference, None));
        Assert.True(RawRows.Show(_table.Rows(), "plain text"));

        Assert.Equal(1, await _store.ResealAsync(None));

        Assert.False(RawRows.Show(_table.Rows(), "plain text"));
        Assert.False((await RowAsync(reference)).Properties.ContainsKey("Text"));
        Assert.Equal(LegacyAccount, await _store.ReadTextAsync(reference, None));
        Assert.Equal(0, await _store.ResealAsync(None));
        Assert.Equal("MF-2025-000002", (await _store.AddAsync(Report("S2", "M2"), Year, None)).Reference.Value);
    }

    [Fact]
    public async Task UpdateAsync_OfARowWrittenBeforeSealing_SealsItsAccount()
    {
        var reference = await AddLegacyRowAsync(1);

        await _store.UpdateAsync((await _store.GetAsync(reference, None))! with { Status = ConcernStatus.Decided, Outcome = ConcernOutcome.AdviceGiven, DecidedAtUtc = At.AddDays(3) }, None);

        Assert.False(RawRows.Show(_table.Rows(), "plain text"));
        Assert.Equal(LegacyAccount, await _store.ReadTextAsync(reference, None));
        Assert.Equal(ConcernStatus.Decided, (await _store.GetAsync(reference, None))!.Status);
        Assert.Equal(0, await _store.ResealAsync(None));
    }

    [Fact]
    public async Task EraseStudentAsync_OfARowWrittenBeforeSealing_LeavesNoAccount()
    {
        var reference = await AddLegacyRowAsync(1);

        Assert.Equal(1, await _store.EraseStudentAsync("S1", None));

        Assert.False(RawRows.Show(_table.Rows(), "plain text"));
        Assert.Null(await _store.ReadTextAsync(reference, None));
        Assert.False((await _store.GetAsync(reference, None))!.HasText);
        Assert.Equal(0, await _store.ResealAsync(None));
    }

    private TableConcernStore Store(TextProtector protector) => new(_table, protector);

    private static NewConcern Report(string reporter, string about, string? submission = null) =>
        new(reporter, about, ConcernCategory.Harassment, false, Account, At, submission);

    private async Task<TableRow> RowAsync(ConcernReference reference) =>
        (await _table.GetAsync(ConcernRows.Partition(reference.SchemeYear), ConcernRows.RowKey(reference), None))!;

    /// <summary>A concern as the store wrote it before accounts were sealed: the account plain in <c>Text</c>, and the year's counter.</summary>
    private async Task<ConcernReference> AddLegacyRowAsync(int sequence)
    {
        var record = new ConcernRecord(ConcernReference.Create(Year, sequence), "S1", "M1", ConcernCategory.Boundaries, false, HasText: true, At);
        var row = ConcernRows.ToRow(record, null);
        var properties = new Dictionary<string, object>(row.Properties, StringComparer.Ordinal) { ["Text"] = LegacyAccount };
        await _table.SubmitAsync([TableWrite.Insert(row with { Properties = properties }), TableWrite.Insert(ConcernRows.CounterRow(Year, sequence))], None);
        return record.Reference;
    }
}
