namespace MentorFlows.Domain.Matching;

/// <summary>The plain-English reasons a match carries: the rules it satisfies that matter for this pair, then the preferences.</summary>
internal static class MatchReasons
{
    public static IReadOnlyList<string> For(MenteeEntry mentee, MentorEntry mentor, int groupSize)
    {
        var reasons = new List<string>(7)
        {
            $"same School of Study ({mentee.Person.School})",
            "mentor cleared: training, contract and right to work done",
        };
        if (mentee.Under18)
        {
            reasons.Add("under 18 at scheme start: mentor cleared for under-18s");
        }

        if (mentee.Person.AtRisk)
        {
            reasons.Add("adult at risk: mentor consented and trained");
        }

        if (MatchPreferences.SameCourse(mentee.Person, mentor.Person))
        {
            reasons.Add("same course");
        }

        if (mentee.Person.GenderPreference is not null)
        {
            reasons.Add(MatchPreferences.GenderPreferenceMet(mentee.Person, mentor.Person)
                ? "mentor's gender is the mentee's preference"
                : "mentee's gender preference could not be met");
        }

        if (mentee.Waiting)
        {
            reasons.Add("was waiting: placed before newcomers");
        }

        reasons.Add($"mentor's group: {groupSize} of {mentor.Capacity} places");
        return reasons;
    }
}
