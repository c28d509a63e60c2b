using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Timeline;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    [StoreFact]
    public async Task Timeline_EraseStudent_ReplacesTheirIdInSubjectsDetailsListsAndEntryIdsOnlyAndIsIdempotent()
    {
        TimelineEntry[] before =
        [
            new("CohortUploaded:up-1:applied", At, TimelineEventKind.CohortUploaded, "up-1", new Dictionary<string, string> { ["enrolled"] = "3" }),
            new("ParticipantEnrolled:S12:up-1", At.AddMinutes(1), TimelineEventKind.ParticipantEnrolled, "S12"),
            new("ParticipantEnrolled:S123:up-1", At.AddMinutes(2), TimelineEventKind.ParticipantEnrolled, "S123"),
            new("MatchCreated:m-1:b-1", At.AddMinutes(3), TimelineEventKind.MatchCreated, "m-1", new Dictionary<string, string> { ["menteeId"] = "S12", ["mentorId"] = "S9" }),
            new("EmailSent:e-1:sent", At.AddMinutes(4), TimelineEventKind.EmailSent, "e-1", new Dictionary<string, string> { ["kind"] = "intro", ["students"] = "S9 S12 S123" }),
            new("SurveyAnswered:S9:end:S12", At.AddMinutes(5), TimelineEventKind.SurveyAnswered, "S9", new Dictionary<string, string> { ["survey"] = "end" }),
        ];
        foreach (var entry in before)
        {
            await Stores.Timeline.AppendAsync(entry, None);
        }

        Assert.Equal(4, await Stores.Timeline.EraseStudentAsync("S12", "erased-k12", None));
        Assert.Equal(0, await Stores.Timeline.EraseStudentAsync("S12", "erased-k12", None));
        Assert.Equal(2, await Stores.Timeline.EraseStudentAsync("S123", "erased-k123", None));

        AssertSame<IReadOnlyList<TimelineEntry>>(
        [
            before[0],
            new("ParticipantEnrolled:erased-k12:up-1", At.AddMinutes(1), TimelineEventKind.ParticipantEnrolled, "erased"),
            new("ParticipantEnrolled:erased-k123:up-1", At.AddMinutes(2), TimelineEventKind.ParticipantEnrolled, "erased"),
            new("MatchCreated:m-1:b-1", At.AddMinutes(3), TimelineEventKind.MatchCreated, "m-1", new Dictionary<string, string> { ["menteeId"] = "erased", ["mentorId"] = "S9" }),
            new("EmailSent:e-1:sent", At.AddMinutes(4), TimelineEventKind.EmailSent, "e-1", new Dictionary<string, string> { ["kind"] = "intro", ["students"] = "S9 erased erased" }),
            new("SurveyAnswered:S9:end:erased-k12", At.AddMinutes(5), TimelineEventKind.SurveyAnswered, "S9", new Dictionary<string, string> { ["survey"] = "end" }),
        ],
        await Stores.Timeline.ReadAllAsync(None));
    }

    [StoreFact]
    public async Task Timeline_EraseStudentNamedNowhere_ChangesNothing()
    {
        var entry = new TimelineEntry("MatchCreated:m-1:b-1", At, TimelineEventKind.MatchCreated, "m-1", new Dictionary<string, string> { ["menteeId"] = "S1", ["mentorId"] = "S2" });
        await Stores.Timeline.AppendAsync(entry, None);

        Assert.Equal(0, await Stores.Timeline.EraseStudentAsync("S", "erased-k", None));

        AssertSame<IReadOnlyList<TimelineEntry>>([entry], await Stores.Timeline.ReadAllAsync(None));
    }
}
