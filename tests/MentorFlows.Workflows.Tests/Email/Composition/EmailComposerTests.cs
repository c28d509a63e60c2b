using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Engagement;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Links;
using NodaTime;
using static MentorFlows.Workflows.Tests.Email.Composition.TestPeople;

namespace MentorFlows.Workflows.Tests.Email.Composition;

public sealed class EmailComposerTests
{
    private static readonly ConcernReference Reference = ConcernReference.Create(2025, 42);

    [Fact]
    public void Intro_SentOnMentorsBehalf_FromSchemeAddressWithMentorsNameReplyToMentorMentorCopied()
    {
        var message = Composer.Intro(Mentor, Mentee, Afternoon);

        Assert.Equal(EmailKind.Intro, message.Kind);
        Assert.Equal(new EmailAddress("peermentoring@example.ac.uk", "Priya Shah via Peer Mentoring"), message.From);
        Assert.Equal(new EmailAddress("m2001@example.ac.uk", "Priya Shah"), message.ReplyTo);
        Assert.Equal(["s1001@example.ac.uk"], message.To.Select(address => address.Address));
        Assert.Equal(["m2001@example.ac.uk"], message.Cc.Select(address => address.Address));
        Assert.Equal(["S1001", "M2001"], message.StudentIds);
        Assert.Equal("Hello from Priya, your peer mentor", message.Subject);
    }

    [Fact]
    public void Intro_Content_HasMeetingRulesConfidentialityPreferencesAndLinks()
    {
        var message = Composer.Intro(Mentor, Mentee, Afternoon);

        foreach (var expected in new[] { "09:00 and 18:00", "quiet but not completely private", "Microsoft Teams, between 08:00 and 19:00", "never recorded", "Confidentiality", "risk of harm", "how you would like to be contacted", "LLB (Hons) Law" })
        {
            Assert.Contains(expected, message.TextBody, StringComparison.Ordinal);
            Assert.Contains(expected, message.HtmlBody, StringComparison.Ordinal);
        }

        Assert.Contains(TestLinks.OptOut("S1001").AbsoluteUri, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(TestLinks.Concern("S1001").AbsoluteUri, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Intros_NameTheMentorsSchoolWithTheArticle()
    {
        foreach (var message in new[] { Composer.Intro(Mentor, Mentee, Afternoon), Composer.RematchIntro(Mentor, OtherMentee, Afternoon) })
        {
            Assert.Contains("in the School of Law and Education", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("in the School of Law and Education", message.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Intro_NameWithMarkup_IsEncodedInHtmlAndPlainInText()
    {
        var message = Composer.MenteeLeft(Mentor, Mentee, Afternoon);

        Assert.Contains("Zoë O'Brien <b>&</b> has left", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&amp;&lt;/b&gt;", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void StudentEmail_OutsideContactWindow_IsDeferredToNextOpening()
    {
        var lateEvening = Instant.FromUtc(2025, 11, 4, 21, 30);

        var message = Composer.Intro(Mentor, Mentee, lateEvening);

        Assert.Equal(new DateTime(2025, 11, 5, 8, 0, 0, DateTimeKind.Utc), message.NotBeforeUtc);
    }

    [Fact]
    public void StaffAlert_AtNight_GoesAtOnce()
    {
        var night = Instant.FromUtc(2025, 11, 4, 2, 13);

        var message = Composer.ConcernAlert(Reference, ConcernCategory.Safeguarding, ConcernTriage.Assess(ConcernCategory.Safeguarding, false, false), night, ["S1001", "M2001"], night);

        Assert.Equal(night.ToDateTimeUtc(), message.NotBeforeUtc);
    }

    [Fact]
    public void Id_SameInputsAtAnotherTime_IsTheSame()
    {
        Assert.Equal(Composer.Intro(Mentor, Mentee, Afternoon).Id, Composer.Intro(Mentor, Mentee, Afternoon + Duration.FromDays(3)).Id);
        Assert.Equal(
            Composer.MentorCheckIn(Mentor, [Mentee, OtherMentee], Calendar.CheckInRounds[0], Afternoon).Id,
            Composer.MentorCheckIn(Mentor, [OtherMentee, Mentee], Calendar.CheckInRounds[0], Afternoon + Duration.FromHours(5)).Id);
    }

    [Fact]
    public void Id_DifferentPairRoundOrKind_Differs()
    {
        var round1 = Calendar.CheckInRounds[0];
        var ids = new[]
        {
            Composer.Intro(Mentor, Mentee, Afternoon).Id,
            Composer.RematchIntro(Mentor, Mentee, Afternoon).Id,
            Composer.Intro(Mentor, OtherMentee, Afternoon).Id,
            Composer.MenteeCheckIn(Mentee, Mentor, round1, Afternoon).Id,
            Composer.MenteeCheckIn(Mentee, Mentor, Calendar.CheckInRounds[1], Afternoon).Id,
            Composer.MentorCheckIn(Mentor, [Mentee], round1, Afternoon).Id,
            Composer.MentorCheckIn(Mentor, [OtherMentee], round1, Afternoon).Id,
            Composer.MentorCheckIn(Mentor, [Mentee, OtherMentee], round1, Afternoon).Id,
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.StartsWith("intro-", ids[0], StringComparison.Ordinal);
        Assert.StartsWith("checkin-mentor-", ids[5], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryStudentEmail_CarriesOneClickListUnsubscribeForItsRecipient()
    {
        foreach (var message in StudentEmails())
        {
            var optOut = TestLinks.OptOut(message.StudentIds[0]).AbsoluteUri;
            Assert.Equal($"<{optOut}>", message.Headers[EmailHeaders.ListUnsubscribe]);
            Assert.Equal("List-Unsubscribe=One-Click", message.Headers[EmailHeaders.ListUnsubscribePost]);
            Assert.True(Signer.Verify(optOut[(optOut.IndexOf("token=", StringComparison.Ordinal) + 6)..], LinkPurpose.OptOut, Afternoon).IsValid);
        }
    }

    [Fact]
    public void StaffEmails_HaveNoUnsubscribeAndNoNames()
    {
        foreach (var message in StaffEmails())
        {
            Assert.Empty(message.Headers);
            foreach (var name in new[] { Mentor.FirstName, Mentor.LastName, Mentee.FirstName, "O'Brien" })
            {
                Assert.DoesNotContain(name, message.Subject + message.TextBody + message.HtmlBody, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Under18Mentee_CoordinatorIsCopiedOnTheirEmails()
    {
        var theirs = new[]
        {
            Composer.Intro(Mentor, YoungMentee, Afternoon),
            Composer.RematchIntro(Mentor, YoungMentee, Afternoon),
            Composer.MenteeCheckIn(YoungMentee, Mentor, Calendar.CheckInRounds[0], Afternoon),
            Composer.MenteeReview(YoungMentee, Mentor, Calendar.ReviewSurveysForMatch(Scheme.Start)[0], Afternoon),
            Composer.MenteeClosure(YoungMentee, Mentor, Afternoon),
            Composer.OptOutConfirmation(YoungMentee, Afternoon, Afternoon),
            Composer.ConcernAcknowledgement(YoungMentee, Reference, Afternoon),
        };

        Assert.All(theirs, message => Assert.Contains(message.Cc, address => address.Address == "coordinator@example.ac.uk"));
        Assert.All(theirs, message => Assert.Contains("under 18, the scheme coordinator is copied", message.TextBody, StringComparison.Ordinal));
        Assert.Equal(["m2001@example.ac.uk", "coordinator@example.ac.uk"], theirs[0].Cc.Select(address => address.Address));
    }

    [Fact]
    public void AdultMentee_CoordinatorIsNotCopied()
    {
        Assert.Empty(Composer.MenteeCheckIn(Mentee, Mentor, Calendar.CheckInRounds[0], Afternoon).Cc);
        Assert.DoesNotContain("under 18", Composer.MenteeCheckIn(Mentee, Mentor, Calendar.CheckInRounds[0], Afternoon).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void MentorCheckIn_EachMentee_HasSignedMetAndNotMetLinks()
    {
        var round = Calendar.CheckInRounds[2];

        var message = Composer.MentorCheckIn(Mentor, [OtherMentee, Mentee], round, round.At);

        Assert.Equal("Your monthly check-in for December 2025", message.Subject);
        Assert.Equal(["M2001", "S1001", "S1002"], message.StudentIds);
        foreach (var mentee in new[] { "S1001", "S1002" })
        {
            Assert.Contains(TestLinks.CheckInResponse("M2001", mentee, 3, met: true).AbsoluteUri, message.TextBody, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(TestLinks.CheckInResponse("M2001", mentee, 3, met: false).AbsoluteUri), message.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ConcernAcknowledgement_GivesReferenceOnly()
    {
        var message = Composer.ConcernAcknowledgement(Mentee, Reference, Afternoon);

        Assert.Equal("We have received your concern (MF-2025-000042)", message.Subject);
        Assert.Equal(["S1001"], message.StudentIds);
        Assert.Contains("will not be told who raised it", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcernAlert_RiskOfHarm_GoesToCoordinatorAndEscalationContacts()
    {
        var triage = ConcernTriage.Assess(ConcernCategory.Other, immediateRisk: true, involvesChildOrAdultAtRisk: false);

        var message = Composer.ConcernAlert(Reference, ConcernCategory.Other, triage, Afternoon, ["S1001", "M2001"], Afternoon);

        Assert.Equal(["coordinator@example.ac.uk", "deanofstudents@example.ac.uk", "safeguarding@example.ac.uk"], message.To.Select(address => address.Address));
        Assert.StartsWith("URGENT, risk of harm: concern MF-2025-000042", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Risk of harm: YES", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reported: Tue 4 Nov 2025, 14:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(TestLinks.CoordinatorConcern(Reference).AbsoluteUri, message.TextBody, StringComparison.Ordinal);
        Assert.Equal(["S1001", "M2001"], message.StudentIds);
    }

    [Fact]
    public void ConcernAlert_HarassmentWithoutRisk_GoesToCoordinatorOnly()
    {
        var message = Composer.ConcernAlert(Reference, ConcernCategory.Harassment, ConcernTriage.Assess(ConcernCategory.Harassment, false, false), Afternoon, ["S1001"], Afternoon);

        Assert.Equal(["coordinator@example.ac.uk"], message.To.Select(address => address.Address));
        Assert.Equal("New concern MF-2025-000042", message.Subject);
        Assert.Contains("Category: Harassment or bullying", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcernAlert_TriageWithoutAlert_Throws()
    {
        Assert.Throws<ArgumentException>(() => Composer.ConcernAlert(Reference, ConcernCategory.Other, ConcernTriage.Assess(ConcernCategory.Other, false, false), Afternoon, [], Afternoon));
    }

    [Fact]
    public void MentorReview_EndPoint_IsOneReview6mListingEachMenteeWithTheirOwnSurveyLink()
    {
        var review = Calendar.ReviewSurveysForMatch(Scheme.Start)[1];

        var message = Composer.MentorReview(Mentor, [OtherMentee, Mentee], review, review.At);

        Assert.Equal(EmailKind.Review6Months, message.Kind);
        Assert.Equal("6 months in: how is peer mentoring going?", message.Subject);
        Assert.Equal(["M2001", "S1001", "S1002"], message.StudentIds);
        Assert.Contains("You have been mentoring for 6 months", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Take the survey about Tom", message.HtmlBody, StringComparison.Ordinal);
        foreach (var mentee in new[] { Mentee, OtherMentee })
        {
            var link = TestLinks.Survey("M2001", SurveyPoint.EndPointReview, mentee.StudentId).AbsoluteUri;
            Assert.Contains($"{mentee.FullName}: {link}", message.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MentorReview_IdDependsOnMentorPointAndDueDate_NotOnTheMenteesListed()
    {
        var reviews = Calendar.ReviewSurveysForMatch(Scheme.Start);

        var one = Composer.MentorReview(Mentor, [Mentee], reviews[0], reviews[0].At);
        var both = Composer.MentorReview(Mentor, [Mentee, OtherMentee], reviews[0], Afternoon);
        var endPoint = Composer.MentorReview(Mentor, [Mentee], reviews[1], reviews[1].At);
        var laterMatch = Composer.MentorReview(Mentor, [Mentee], reviews[0] with { At = reviews[0].At + Duration.FromDays(1) }, reviews[0].At);

        Assert.Equal(one.Id, both.Id);
        Assert.NotEqual(one.Id, endPoint.Id);
        Assert.NotEqual(one.Id, laterMatch.Id);
        Assert.NotEqual(one.Id, Composer.MentorReview(Student("M2002", "Sam", "Lee", ParticipantRole.Mentor, null), [Mentee], reviews[0], reviews[0].At).Id);
    }

    [Fact]
    public void MentorReview_NoMentees_Throws()
    {
        var review = Calendar.ReviewSurveysForMatch(Scheme.Start)[0];

        Assert.Throws<ArgumentException>(() => Composer.MentorReview(Mentor, [], review, review.At));
    }

    [Fact]
    public void MenteeReview_MidPoint_IsReview3mAboutTheirMentorWithOneSurveyLink()
    {
        var review = Calendar.ReviewSurveysForMatch(Scheme.Start)[0];

        var message = Composer.MenteeReview(Mentee, Mentor, review, review.At);

        Assert.Equal(EmailKind.Review3Months, message.Kind);
        Assert.Equal(["S1001", "M2001"], message.StudentIds);
        Assert.Contains("meeting your peer mentor, Priya, for 3 months", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Take the survey: {TestLinks.Survey("S1001", SurveyPoint.MidPointReview, "M2001").AbsoluteUri}", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void MentorClosure_RemindsToDeleteDataThanksAndSurvey()
    {
        var message = Composer.MentorClosure(Mentor, [Mentee, OtherMentee], Calendar.ClosureAt);

        Assert.Contains("- Tom Ng", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("only if you both wish", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("please delete any personal data you hold about your mentees", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("will be recognised", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(TestLinks.Survey("M2001", SurveyPoint.FinalFeedback).AbsoluteUri, message.TextBody, StringComparison.Ordinal);
        Assert.Equal(Calendar.ClosureAt.ToDateTimeUtc(), message.NotBeforeUtc);
    }

    [Fact]
    public void MenteeClosure_ToldMatchEndedWithoutMentorDutiesOrThanks()
    {
        var message = Composer.MenteeClosure(Mentee, Mentor, Calendar.ClosureAt);

        Assert.Contains("your match with your peer mentor, Priya", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("delete", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(["S1001", "M2001"], message.StudentIds);
    }

    [Fact]
    public void MenteeLeft_ToMentorWithoutReason()
    {
        var message = Composer.MenteeLeft(Mentor, Mentee, Afternoon);

        Assert.Equal(["m2001@example.ac.uk"], message.To.Select(address => address.Address));
        Assert.Equal("A mentee has left the scheme", message.Subject);
        Assert.DoesNotContain("opted", message.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("concern", message.TextBody[..message.TextBody.IndexOf("--", StringComparison.Ordinal)], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OptOutConfirmation_MenteeToldMentorInformedAndRetention()
    {
        var message = Composer.OptOutConfirmation(Mentee, Afternoon, Afternoon);

        Assert.Contains("last scheme email", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("within 30 days", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave the scheme", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void CoordinatorReminders_ConcernEscalation_AddsEscalationContacts()
    {
        var reminder = Composer.ConcernReminder(Reference, 2, ["S1001"], Afternoon);
        var escalation = Composer.ConcernEscalation(Reference, ["S1001"], Afternoon);

        Assert.Equal(["coordinator@example.ac.uk"], reminder.To.Select(address => address.Address));
        Assert.Equal("Reminder: concern MF-2025-000042 awaits your decision", reminder.Subject);
        Assert.Equal(3, escalation.To.Count);
        Assert.Equal("Escalation: concern MF-2025-000042 is still undecided", escalation.Subject);
        Assert.NotEqual(reminder.Id, Composer.ConcernReminder(Reference, 1, ["S1001"], Afternoon).Id);
    }

    [Theory]
    [InlineData(1, "1 mentee in Law waiting", "1 mentee in Law is waiting; clearing mentor {0} would let them be matched")]
    [InlineData(2, "2 mentees in Law waiting", "2 mentees in Law are waiting; clearing mentor {0} would let them be matched")]
    public void ClearanceWaitingReminder_SaysWhoWaitsAndThatClearingTheMentorWouldHelp(int waiting, string subjectEnd, string bodyPart)
    {
        var menteeIds = Enumerable.Range(1, waiting).Select(index => $"S100{index}").ToList();

        var message = Composer.ClearanceWaitingReminder("M2001", "Law", menteeIds, 1, Afternoon);

        Assert.Equal($"Mentor M2001 is not cleared yet: {subjectEnd}", message.Subject);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, bodyPart, "M2001"), message.TextBody, StringComparison.Ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, bodyPart, "<strong>M2001</strong>"), message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", message.TextBody + message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("is matched", message.TextBody + message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void EngagementNotice_NudgeSignal_IsNotACoordinatorNotice()
    {
        Assert.Throws<ArgumentException>(() => Composer.EngagementNotice("M2001", "S1001", EngagementSignal.NudgeMentor, 2, Calendar.CheckInRounds[1], Afternoon));
    }

    [Fact]
    public void Nudge_ToMentorAboutThePair()
    {
        var message = Composer.Nudge(Mentor, OtherMentee, 2, Calendar.CheckInRounds[1], Afternoon);

        Assert.Equal("Catching up with Tom", message.Subject);
        Assert.Contains("have not met for the last 2 months (up to November 2025)", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(["M2001", "S1002"], message.StudentIds);
    }

    [Fact]
    public void EveryKind_IsComposedByTheTestsAbove()
    {
        var kinds = StudentEmails().Concat(StaffEmails()).Select(message => message.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<EmailKind>().ToHashSet(), kinds);
    }

    private static IEnumerable<EmailMessage> StudentEmails()
    {
        var round = Calendar.CheckInRounds[0];
        var reviews = Calendar.ReviewSurveysForMatch(Scheme.Start);
        yield return Composer.Intro(Mentor, Mentee, Afternoon);
        yield return Composer.RematchIntro(Mentor, OtherMentee, Afternoon);
        yield return Composer.MentorCheckIn(Mentor, [Mentee, OtherMentee], round, Afternoon);
        yield return Composer.MenteeCheckIn(Mentee, Mentor, round, Afternoon);
        yield return Composer.MenteeReview(Mentee, Mentor, reviews[0], Afternoon);
        yield return Composer.MentorReview(Mentor, [Mentee, OtherMentee], reviews[1], Afternoon);
        yield return Composer.MentorClosure(Mentor, [Mentee], Afternoon);
        yield return Composer.MenteeClosure(Mentee, Mentor, Afternoon);
        yield return Composer.OptOutConfirmation(OtherMentee, Afternoon, Afternoon);
        yield return Composer.OptOutConfirmation(Mentor, Afternoon, Afternoon);
        yield return Composer.MenteeLeft(Mentor, Mentee, Afternoon);
        yield return Composer.ConcernAcknowledgement(Mentee, Reference, Afternoon);
        yield return Composer.Nudge(Mentor, Mentee, 2, round, Afternoon);
    }

    private static IEnumerable<EmailMessage> StaffEmails()
    {
        var round = Calendar.CheckInRounds[0];
        yield return Composer.ConcernAlert(Reference, ConcernCategory.Safeguarding, ConcernTriage.Assess(ConcernCategory.Safeguarding, false, false), Afternoon, ["S1001"], Afternoon);
        yield return Composer.ClearanceWaitingReminder("M2001", "Law", ["S1001", "S1002"], 1, Afternoon);
        yield return Composer.ConcernReminder(Reference, 1, ["S1001"], Afternoon);
        yield return Composer.ConcernEscalation(Reference, ["S1001"], Afternoon);
        yield return Composer.EngagementNotice("M2001", "S1001", EngagementSignal.TellCoordinatorNoMeetings, 3, round, Afternoon);
        yield return Composer.EngagementNotice("M2001", "S1001", EngagementSignal.TellCoordinatorOverReliance, 0, round, Afternoon);
    }
}
