namespace MentorFlows.Local.Intake;

/// <summary>What became of a file dropped in the intake folder.</summary>
public enum IntakeOutcome
{
    /// <summary>Uploaded (<c>SchemeCommands.UploadCohortAsync</c>); moved to <c>processed/</c>.</summary>
    Uploaded,

    /// <summary>The same content was uploaded before (under any name): nothing changed; moved to <c>processed/</c>.</summary>
    AlreadyReceived,

    /// <summary>Not a cohort file, invalid rows the scheme does not accept, or received after the scheme's closure: nothing changed; moved to <c>rejected/</c>.</summary>
    Rejected,
}
