namespace MentorFlows.Workflows.Retention;

/// <summary>What an attempt to erase one participant did.</summary>
public enum ErasureOutcome
{
    Erased,

    /// <summary>Nothing was left to erase (erased before, or never enrolled).</summary>
    AlreadyErased,

    /// <summary>A concern involving them is open: their data is kept until it is decided (DOMAIN.md "Concerns").</summary>
    Held,

    /// <summary>Their retention has not run out yet (Domain's RetentionPolicy): nothing was erased.</summary>
    NotDue,
}
