using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

public sealed class TableSentEmailStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryTable _table = new();
    private readonly TableSentEmailStore _store;
    private readonly InMemorySentEmailStore _reference = new();

    public TableSentEmailStoreTests() => _store = new TableSentEmailStore(_table, Year);

    [Fact]
    public async Task EveryRead_AfterTheSameChanges_AnswersAsTheInMemoryStore()
    {
        var emails = new[]
        {
            new SentEmail("e1", EmailKind.Intro, At, Message("e1", EmailKind.Intro, "S1", "M1")),
            new SentEmail("e2", EmailKind.CheckInMentor, At, Message("e2", EmailKind.CheckInMentor, "M1")),
            new SentEmail("e3", EmailKind.CheckInMentee, At, Message("e3", EmailKind.CheckInMentee, "S1")),
            new SentEmail("e1", EmailKind.Intro, At.AddDays(1), null),
            new SentEmail("e4", EmailKind.Nudge, At, null),
        };
        foreach (var email in emails)
        {
            await _reference.AddAsync(email, None);
            await _store.AddAsync(email, None);
        }

        await AssertSameAsync();
        Assert.Equal(await _reference.EraseStudentAsync("S1", None), await _store.EraseStudentAsync("S1", None));
        await AssertSameAsync();
        Assert.Equal(await _reference.EraseStudentAsync("M1", None), await _store.EraseStudentAsync("M1", None));
        Assert.Equal(await _reference.EraseStudentAsync("S1", None), await _store.EraseStudentAsync("S1", None));
        await AssertSameAsync();
        Assert.DoesNotContain(_table.Rows(), row => row.RowKey.StartsWith("s!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddAsync_CopyLongerThanOneProperty_ReadsBackWhole()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Zoë's mentee list</p>", 5000));
        var message = Message("big", EmailKind.CoordinatorReminder, "S1") with { HtmlBody = body };

        await _store.AddAsync(new SentEmail("big", EmailKind.CoordinatorReminder, At, message), None);

        Assert.Equal(body, (await _store.GetAsync("big", None))!.Message!.HtmlBody);
    }

    private async Task AssertSameAsync()
    {
        foreach (var id in new[] { "e1", "e2", "e3", "e4", "none" })
        {
            var expected = await _reference.GetAsync(id, None);
            var actual = await _store.GetAsync(id, None);
            Assert.Equal((expected?.Kind, expected?.SentAtUtc, expected?.Message?.Subject, expected?.Message?.To.Count), (actual?.Kind, actual?.SentAtUtc, actual?.Message?.Subject, actual?.Message?.To.Count));
        }

        Assert.Equal((await _reference.CountByKindAsync(None)).OrderBy(p => p.Key), (await _store.CountByKindAsync(None)).OrderBy(p => p.Key));
        Assert.Equal(await _reference.CountPersonalRecordsAsync(None), await _store.CountPersonalRecordsAsync(None));
    }
}
