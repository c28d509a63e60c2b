using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    [StoreFact]
    public async Task Surveys_SaveTheSameStudentPointAndPartner_ReplacesTheAnswer()
    {
        await Stores.Surveys.SaveAsync(Survey("M1", SurveyPoint.MidPointReview, "S1", new SurveyAnswer(2, false, "first thoughts")), None);
        var again = Survey("M1", SurveyPoint.MidPointReview, "S1", new SurveyAnswer(4, true, "Zoë's doing well, 'really'"), At.AddHours(2));
        var aboutOtherMentee = Survey("M1", SurveyPoint.MidPointReview, "S2", new SurveyAnswer(3, true));
        var general = Survey("M1", SurveyPoint.MidPointReview, null, new SurveyAnswer(5, true));
        var final = Survey("M1", SurveyPoint.FinalFeedback, null, new SurveyAnswer(5, false));

        await Stores.Surveys.SaveAsync(again, None);
        await Stores.Surveys.SaveAsync(aboutOtherMentee, None);
        await Stores.Surveys.SaveAsync(general, None);
        await Stores.Surveys.SaveAsync(final, None);

        Assert.Equal([general, again, aboutOtherMentee, final], await Stores.Surveys.ListForStudentAsync("M1", None));
        Assert.Equal(4, await Stores.Surveys.CountPersonalRecordsAsync(None));
    }

    [StoreFact]
    public async Task Surveys_ListForStudent_HasTheirAnswersAndTheAnswersAboutThem()
    {
        var byMentee = Survey("S1", SurveyPoint.EndPointReview, "M1", new SurveyAnswer(4, true), role: ParticipantRole.Mentee);
        var byMentor = Survey("M1", SurveyPoint.MidPointReview, "S1", new SurveyAnswer(3, true));
        await Stores.Surveys.SaveAsync(byMentee, None);
        await Stores.Surveys.SaveAsync(byMentor, None);
        await Stores.Surveys.SaveAsync(Survey("M1", SurveyPoint.MidPointReview, "S2", new SurveyAnswer(3, true)), None);

        Assert.Equal([byMentor, byMentee], await Stores.Surveys.ListForStudentAsync("S1", None));
        Assert.Empty(await Stores.Surveys.ListForStudentAsync("S9", None));
    }

    [StoreFact]
    public async Task Surveys_Figures_CountAnswersRatingsAndRecommendationsPerPointInOrder()
    {
        await Stores.Surveys.SaveAsync(Survey("S1", SurveyPoint.FinalFeedback, null, new SurveyAnswer(5, true, "thank you"), role: ParticipantRole.Mentee), None);
        await Stores.Surveys.SaveAsync(Survey("S1", SurveyPoint.MidPointReview, "M1", new SurveyAnswer(4, true), role: ParticipantRole.Mentee), None);
        await Stores.Surveys.SaveAsync(Survey("M1", SurveyPoint.MidPointReview, "S1", new SurveyAnswer(2, false)), None);
        await Stores.Surveys.SaveAsync(Survey("M1", SurveyPoint.MidPointReview, "S2", new SurveyAnswer(1, false)), None);
        await Stores.Surveys.SaveAsync(Survey("M1", SurveyPoint.MidPointReview, "S2", new SurveyAnswer(5, true)), None);

        var figures = await Stores.Surveys.FiguresAsync(None);

        Assert.Equal([new SurveyFigures(SurveyPoint.MidPointReview, 3, 11, 2), new SurveyFigures(SurveyPoint.FinalFeedback, 1, 5, 1)], figures);
        Assert.Equal(3.67m, figures[0].MeanRating);
    }

    [StoreFact]
    public async Task Surveys_EraseStudent_DeletesTheirAnswersAndThoseNamingThem_Only()
    {
        await Stores.Surveys.SaveAsync(Survey("S1", SurveyPoint.FinalFeedback, null, new SurveyAnswer(5, true, "private words"), role: ParticipantRole.Mentee), None);
        await Stores.Surveys.SaveAsync(Survey("M1", SurveyPoint.MidPointReview, "S1", new SurveyAnswer(2, false)), None);
        await Stores.Surveys.SaveAsync(Survey("M1", SurveyPoint.MidPointReview, null, new SurveyAnswer(3, true)), None);
        await Stores.Surveys.SaveAsync(Survey("M1", SurveyPoint.MidPointReview, "S2", new SurveyAnswer(4, true)), None);

        Assert.Equal(2, await Stores.Surveys.EraseStudentAsync("S1", None));
        Assert.Equal(0, await Stores.Surveys.EraseStudentAsync("S1", None));

        Assert.Empty(await Stores.Surveys.ListForStudentAsync("S1", None));
        Assert.Equal([null, "S2"], (await Stores.Surveys.ListForStudentAsync("M1", None)).Select(a => a.PartnerId));
        Assert.Equal(2, await Stores.Surveys.CountPersonalRecordsAsync(None));
        Assert.Equal([new SurveyFigures(SurveyPoint.MidPointReview, 2, 7, 2)], await Stores.Surveys.FiguresAsync(None));
    }

    [StoreFact]
    public async Task Surveys_ListCommented_HasOnlyAnswersWithACommentByPointThenRespondent()
    {
        var finalByMentee = Survey("S1", SurveyPoint.FinalFeedback, null, new SurveyAnswer(4, true, "final <b>words</b>"), role: ParticipantRole.Mentee);
        var reviewByMentor = Survey("M1", SurveyPoint.MidPointReview, "S1", new SurveyAnswer(3, true, "going fine"));
        var reviewByMentee = Survey("S1", SurveyPoint.MidPointReview, "M1", new SurveyAnswer(2, false, "slow start"), role: ParticipantRole.Mentee);
        await Stores.Surveys.SaveAsync(finalByMentee, None);
        await Stores.Surveys.SaveAsync(reviewByMentor, None);
        await Stores.Surveys.SaveAsync(reviewByMentee, None);
        await Stores.Surveys.SaveAsync(Survey("M2", SurveyPoint.MidPointReview, null, new SurveyAnswer(5, true, "   ")), None);
        await Stores.Surveys.SaveAsync(Survey("M3", SurveyPoint.FinalFeedback, null, new SurveyAnswer(5, true)), None);

        Assert.Equal([reviewByMentor, reviewByMentee, finalByMentee], await Stores.Surveys.ListCommentedAsync(None));
    }

    private static SurveyResponse Survey(string studentId, SurveyPoint point, string? partnerId, SurveyAnswer answer, DateTime? at = null, ParticipantRole role = ParticipantRole.Mentor) =>
        new(studentId, point, partnerId, role, answer, at ?? At);
}
