using MentorFlows.Domain.Cohort;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Stores;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

public sealed class TableErasureLedgerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryTable _table = new();
    private readonly TableErasureLedger _ledger;

    public TableErasureLedgerTests() => _ledger = new TableErasureLedger(_table, Year);

    [Fact]
    public async Task RecordAsync_SameReceiptTwice_CountsOnce()
    {
        Assert.True(await _ledger.RecordAsync(Receipt("er-1", "Law"), new SchoolTally("Law", Mentees: 1, CheckInAnswers: 3), None));
        Assert.False(await _ledger.RecordAsync(Receipt("er-1", "Law"), new SchoolTally("Law", Mentees: 1, CheckInAnswers: 3), None));

        Assert.Equal([new SchoolTally("Law", Mentees: 1, CheckInAnswers: 3)], await _ledger.ListStatisticsAsync(None));
        Assert.Single(await _ledger.ListReceiptsAsync(None));
    }

    [Fact]
    public async Task RecordAsync_TwoErasuresOfOneSchoolAtOnce_AddsBoth()
    {
        var raced = false;
        _table.BeforeSubmit = async _ =>
        {
            if (!raced)
            {
                raced = true;
                await new TableErasureLedger(new RawAccess(_table), Year).RecordAsync(Receipt("er-2", "Life Sciences"), new SchoolTally("Life Sciences", Mentors: 1), None);
            }
        };

        Assert.True(await _ledger.RecordAsync(Receipt("er-1", "Life Sciences"), new SchoolTally("Life Sciences", Mentees: 1), None));

        Assert.Equal([new SchoolTally("Life Sciences", Mentees: 1, Mentors: 1)], await _ledger.ListStatisticsAsync(None));
        Assert.Equal(["er-1", "er-2"], (await _ledger.ListReceiptsAsync(None)).Select(r => r.ReceiptId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListStatisticsAsync_Schools_InOrdinalOrderOfTheirNames()
    {
        foreach (var (id, school) in new[] { ("er-1", "Law"), ("er-2", "Life Sciences"), ("er-3", "Art & Design"), ("er-4", "law") })
        {
            await _ledger.RecordAsync(Receipt(id, school), new SchoolTally(school, Mentees: 1), None);
        }

        Assert.Equal(["Art & Design", "Law", "Life Sciences", "law"], (await _ledger.ListStatisticsAsync(None)).Select(t => t.School));
    }

    private static ErasureReceipt Receipt(string id, string school) =>
        new(id, At, ErasureReason.SchemeEnded, ParticipantRole.Mentee, school, new ErasedRecordCounts(1, 1, 3, 0, 2, 1));
}
