namespace MentorFlows.Local.Tests.Cli;

public sealed class MatchCommandTests : IDisposable
{
    private const string Header = "student_id,first_name,last_name,email,role,school,course,gender,gender_preference,date_of_birth,mentor_capacity,training_completed,contract_signed,right_to_work_checked,can_mentor_under_18,at_risk,at_risk_consent,conflicts";
    private const string Mentor = "M001,Siobhán,D'Souza,m001@example.ac.uk,mentor,School of Law,LLB Law,female,,2003-01-09,1,yes,yes,yes,no,,no,";
    private const string MenteeOne = "S001,Zoë,O'Connor,s001@example.ac.uk,mentee,School of Law,LLB Law,female,female,2006-05-17,,,,,,no,,";
    private const string MenteeTwo = "S002,Ana,Lima,s002@example.ac.uk,mentee,School of Law,LLB Law,female,,2006-05-17,,,,,,no,,";
    private const string MenteeArts = "S003,Tom,Ng,s003@example.ac.uk,mentee,School of Arts,BA Art,male,,2006-05-17,,,,,,no,,";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Match_SmallCohort_PrintsCountsPreferencesAndGroupedReasons()
    {
        var cohort = _directory.File("cohort.csv", $"{Header}\n{Mentor}\n{MenteeOne}\n{MenteeTwo}\n{MenteeArts}\n");

        var run = await CliRun.RunAsync("match", cohort);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "3 mentees: 1 matched, 2 unmatched (1 mentor)",
                "preferences: 1 of 1 gender preferences met, 1 same course; 3 points",
                "unmatched: 1 × no cleared mentor with capacity in School of Law: the places went to other mentees",
                "unmatched: 1 × no mentor in School of Arts",
            ],
            run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Match_Out_WritesOneRowPerMenteeWithEmptyMentorWhenUnmatched()
    {
        var cohort = _directory.File("cohort.csv", $"{Header}\n{Mentor}\n{MenteeOne}\n{MenteeArts}\n");
        var matches = Path.Combine(_directory.Path, "matches.csv");

        var run = await CliRun.RunAsync("match", cohort, "--out", matches);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"matches written to {matches}", run.Out[^1]);
        var lines = await File.ReadAllLinesAsync(matches);
        Assert.Equal("mentee_id,mentor_id,school,score,reasons", lines[0]);
        Assert.StartsWith("S001,M001,School of Law,3,\"same School of Study (School of Law); ", lines[1], StringComparison.Ordinal);
        Assert.Equal("S003,,School of Arts,,no mentor in School of Arts", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Match_SampleCohort_MatchesAllButTheUnder18WithoutAClearedMentor()
    {
        var run = await CliRun.RunAsync("match", RepositoryFiles.PathOf("samples/cohort.csv"), "--scheme", RepositoryFiles.PathOf("samples/scheme.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("29 mentees: 28 matched, 1 unmatched (11 mentors)", run.Out[0]);
        Assert.Equal("unmatched: 1 × under 18 at scheme start and no mentor in School of History, Philosophy and Culture is cleared for under-18s", run.Out[^1]);
    }

    [Fact]
    public async Task Match_InvalidRows_PrintsProblemsLikeValidateAndExitsOne()
    {
        var badEmail = MenteeTwo.Replace("s002@example.ac.uk", "s002@gmail.com", StringComparison.Ordinal);
        var cohort = _directory.File("cohort.csv", $"{Header}\n{Mentor}\n{MenteeOne}\n{badEmail}\n");
        var matches = Path.Combine(_directory.Path, "matches.csv");

        var run = await CliRun.RunAsync("match", cohort, "--out", matches);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "line 4, column email: is not a university address: the scheme accepts only example.ac.uk",
                "3 rows: 1 mentee, 1 mentor; 1 error, 0 warnings",
                "nothing matched: correct the rows above (or set acceptValidRows in the scheme to match the valid rows)",
            ],
            run.Out);
        Assert.False(File.Exists(matches));
    }

    [Fact]
    public async Task Match_InvalidRowsAndAcceptValidRows_MatchesTheValidRows()
    {
        var badEmail = MenteeTwo.Replace("s002@example.ac.uk", "s002@gmail.com", StringComparison.Ordinal);
        var cohort = _directory.File("cohort.csv", $"{Header}\n{Mentor}\n{MenteeOne}\n{badEmail}\n");
        var scheme = _directory.File("scheme.json", """{ "acceptValidRows": true }""");

        var run = await CliRun.RunAsync("match", cohort, "--scheme", scheme);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("matching the valid rows only (acceptValidRows)", run.Out[2]);
        Assert.Equal("1 mentee: 1 matched, 0 unmatched (1 mentor)", run.Out[3]);
    }

    [Fact]
    public async Task Match_MissingCohort_ExitsTwoWithOneLine()
    {
        var missing = Path.Combine(_directory.Path, "nope.csv");

        var run = await CliRun.RunAsync("match", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: cohort file {missing} not found"], run.Error);
    }

    [Fact]
    public async Task Match_OutIntoMissingFolder_ExitsTwoWithOneLine()
    {
        var cohort = _directory.File("cohort.csv", $"{Header}\n{Mentor}\n{MenteeOne}\n");
        var matches = Path.Combine(_directory.Path, "no-such-folder", "matches.csv");

        var run = await CliRun.RunAsync("match", cohort, "--out", matches);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: cannot write matches file {matches}: ", Assert.Single(run.Error), StringComparison.Ordinal);
    }
}
