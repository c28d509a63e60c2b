using MentorFlows.Workflows.Commands;

namespace MentorFlows.Api.Http;

/// <summary>What a command did: <c>accepted</c> (202: the workflow carrying it started) or <c>alreadyDone</c> (200: nothing more happens).</summary>
public sealed record CommandResponse(CommandOutcome Outcome);
