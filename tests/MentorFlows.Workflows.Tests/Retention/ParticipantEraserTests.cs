using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Retention;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Retention;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Tests.Retention;

/// <summary>The eraser erases only when Domain's <see cref="RetentionPolicy"/> says <see cref="RetentionStatus.EraseNow"/>.</summary>
public sealed class ParticipantEraserTests
{
    private static readonly SchemeYear Year = new(SchemeDefaults.Settings);
    private static readonly DateTime LeftAt = new(2025, 11, 20, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime DueAt = Year.ErasureDueAt(LeftAt);
    private static readonly ConcernReference Reference = ConcernReference.Create(2025, 4);

    private readonly RecordingErasureStores _stores = new();
    private readonly FakeTimeline _timeline = new();
    private readonly FakeParticipantStore _participants = new(new ParticipantRecord(Person("S1"), ParticipantStatus.OptedOut, LeftAt.AddDays(-30), LeftAt));

    [Fact]
    public async Task EraseAsync_DueButHeldByAnOpenConcern_ErasesNothingAndRecordsTheConcernsHoldingIt()
    {
        var concerns = new FakeConcernStore(new ConcernRecord(Reference, "S2", "S1", ConcernCategory.Other, false, false, LeftAt));
        Assert.Equal(RetentionStatus.HeldByOpenConcern, Year.Retention.Decide(UtcInstants.ToInstant(DueAt), UtcInstants.ToInstant(LeftAt), [Reference]).Status);

        var outcome = await Eraser(concerns).EraseAsync("S1", DueAt, CancellationToken.None);

        Assert.Equal(ErasureOutcome.Held, outcome);
        Assert.NotNull(await _participants.GetAsync("S1", CancellationToken.None));
        Assert.Equal((0, 0), (_stores.Calls, concerns.Erasures));
        var held = Assert.Single(_timeline.Entries);
        Assert.Equal((TimelineEventKind.ErasureHeld, Reference.Value), (held.Kind, held.Details?["heldBy"]));
    }

    [Fact]
    public async Task EraseAsync_OneTickBeforeThePolicyMakesItDue_ErasesNothing()
    {
        var concerns = new FakeConcernStore();

        var outcome = await Eraser(concerns).EraseAsync("S1", DueAt.AddTicks(-1), CancellationToken.None);

        Assert.Equal(ErasureOutcome.NotDue, outcome);
        Assert.NotNull(await _participants.GetAsync("S1", CancellationToken.None));
        Assert.Equal((0, 0), (_stores.Calls, concerns.Erasures));
        Assert.Empty(_timeline.Entries);
    }

    [Fact]
    public async Task EraseAsync_AtThePolicysDueTimeWithTheConcernDecided_ErasesAsLeftEarly()
    {
        var concerns = new FakeConcernStore(new ConcernRecord(Reference, "S2", "S1", ConcernCategory.Other, false, false, LeftAt, Status: ConcernStatus.Decided));

        var outcome = await Eraser(concerns).EraseAsync("S1", DueAt, CancellationToken.None);

        Assert.Equal(ErasureOutcome.Erased, outcome);
        Assert.Null(await _participants.GetAsync("S1", CancellationToken.None));
        Assert.Equal(1, concerns.Erasures);
        Assert.Equal(ErasureReason.LeftEarly, Assert.Single(_stores.Receipts).Reason);
        Assert.Equal(ErasureOutcome.AlreadyErased, await Eraser(concerns).EraseAsync("S1", DueAt, CancellationToken.None));
    }

    private ParticipantEraser Eraser(FakeConcernStore concerns) =>
        new(_participants, _stores, _stores, _stores, concerns, _stores, _stores, _stores, new StudentPseudonyms(new byte[StudentPseudonyms.MinimumKeyBytes]),
            new SchemeTimeline(_timeline), new RetentionCheck(Year, concerns));

    private static Participant Person(string studentId) => new()
    {
        StudentId = studentId,
        FirstName = "Test",
        LastName = "Student",
        Email = $"{studentId}@example.ac.uk",
        Role = ParticipantRole.Mentee,
        School = "Law",
        Course = "LLB",
    };
}
