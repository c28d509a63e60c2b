using MentorFlows.Local.Cli;

// The local host's verbs. Contracts (arguments, outputs, exit codes) are in DESIGN.md; the CLI is Cli/MentorFlowsCli.cs.
return await MentorFlowsCli.RunAsync(args, Console.Out, Console.Error);
