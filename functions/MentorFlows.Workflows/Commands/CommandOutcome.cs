namespace MentorFlows.Workflows.Commands;

/// <summary>What a command did. A repeated command is <see cref="AlreadyDone"/>, never applied twice.</summary>
public enum CommandOutcome
{
    /// <summary>Started or signalled the workflow that carries it out.</summary>
    Accepted,

    /// <summary>The same command was accepted before (or its effect already holds): nothing more happens.</summary>
    AlreadyDone,

    /// <summary>No such student (or concern) in the scheme (never enrolled, or erased).</summary>
    NotFound,

    /// <summary>The command does not apply (e.g. "mentor cleared" for a mentee, a check-in before any round).</summary>
    NotApplicable,
}
