using System.CommandLine;

// The local host's verbs. Contracts (arguments, outputs, exit codes) are in ../shared/DESIGN.md.
var root = new RootCommand("MentorFlows: runs a university peer-mentoring scheme's year.");

return await root.Parse(args).InvokeAsync();
