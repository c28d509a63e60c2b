using MentorFlows.Domain.Matching;
using MentorFlows.Local.Cli;

namespace MentorFlows.Local.Tests.Cli;

public sealed class MatchesCsvTests
{
    [Fact]
    public void Write_CellsThatLookLikeFormulas_AreEscapedInEveryColumn()
    {
        var result = new MatchResult(
            [new MentorMatch("=1+1", "@cmd", "+School", 2, ["-reason", "second"])],
            [new UnmatchedMentee("-7", "=HYPERLINK(\"x\")", UnmatchedReason.NoMentorInSchool, "@no mentor")],
            new MatchObjective(1, 0, 2, 1));
        using var output = new StringWriter();

        MatchesCsv.Write(result, output);

        Assert.Equal(
            [
                "mentee_id,mentor_id,school,score,reasons",
                "'-7,,\"'=HYPERLINK(\"\"x\"\")\",,'@no mentor",
                "'=1+1,'@cmd,'+School,2,'-reason; second",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
