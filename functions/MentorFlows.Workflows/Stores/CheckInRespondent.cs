namespace MentorFlows.Workflows.Stores;

/// <summary>Which side of a pair answered a check-in.</summary>
public enum CheckInRespondent
{
    Mentor,
    Mentee,
}
