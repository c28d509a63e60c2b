namespace MentorFlows.Functions.CompileCheck;

/// <summary>
/// The message of every declaration body in AzureReference/: the declarations exist to be compiled against, never run
/// (README.md in this folder).
/// </summary>
internal static class Reference
{
    public const string Only = "A compile-check declaration of an Azure API (tests/MentorFlows.Functions.CompileCheck); it has no implementation and must never run.";
}
