using System.Text;

namespace MentorFlows.Local.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Header = "student_id,first_name,last_name,email,role,school,course,gender,gender_preference,date_of_birth,mentor_capacity,training_completed,contract_signed,right_to_work_checked,can_mentor_under_18,at_risk,at_risk_consent,conflicts";
    private const string Mentee = "S001,Zoë,O'Connor,s001@example.ac.uk,mentee,School of Law,LLB Law,female,,2006-05-17,,,,,,no,,";
    private const string Mentor = "M001,Siobhán,D'Souza,m001@example.ac.uk,mentor,School of Law,LLB Law,female,,2003-01-09,4,yes,yes,yes,no,,no,";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Validate_SampleCohortWithSampleScheme_ExitsZeroWithSummary()
    {
        var run = await CliRun.RunAsync("validate", RepositoryFiles.PathOf("samples/cohort.csv"), "--scheme", RepositoryFiles.PathOf("samples/scheme.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "40 rows: 29 mentees, 11 mentors; 0 errors, 0 warnings" }, run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Validate_WarningsOnly_ExitsZeroAndPrintsThem()
    {
        var file = _directory.File("cohort.csv", $"{Header},notes\n{Mentee},\n{Mentor},\n");

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["warning: line 1, column notes: unknown column; its values are ignored", "2 rows: 1 mentee, 1 mentor; 0 errors, 1 warning"], run.Out);
    }

    [Fact]
    public async Task Validate_InvalidRows_ExitsOneWithErrorsThenWarningsThenSummary()
    {
        var badRole = Mentee.Replace("S001", "S002", StringComparison.Ordinal).Replace("s001@", "s002@", StringComparison.Ordinal).Replace(",mentee,", ",tutor,", StringComparison.Ordinal);
        var badEmail = Mentee.Replace("S001", "S003", StringComparison.Ordinal).Replace("s001@example.ac.uk", "s003@gmail.com", StringComparison.Ordinal);
        var file = _directory.File("cohort.csv", $"{Header}\n{Mentee.Replace(",,,,,,no,,", ",,,,,,no,,M404", StringComparison.Ordinal)}\n{badRole}\n{badEmail}\n");

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "line 3, column role: \"tutor\" is not a role; write mentee or mentor",
                "line 4, column email: is not a university address: the scheme accepts only example.ac.uk",
                "warning: line 2, column conflicts: student id M404 is not in this file; the conflict is kept in case another upload enrols them",
                "3 rows: 1 mentee, 0 mentors; 2 errors, 1 warning",
            ],
            run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Validate_SchemeChangesTheRules_AppliesTheSchemeFile()
    {
        var scheme = _directory.File("scheme.json", """{ "allowedEmailDomains": ["uni.ac.uk"] }""");
        var cohort = _directory.File("cohort.csv", $"{Header}\n{Mentee}\n");

        var run = await CliRun.RunAsync("validate", cohort, "--scheme", scheme);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("line 2, column email: is not a university address: the scheme accepts only uni.ac.uk", run.Out[0]);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwoWithOneLine()
    {
        var missing = Path.Combine(_directory.Path, "nope.csv");

        var run = await CliRun.RunAsync("validate", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new[] { $"error: cohort file {missing} not found" }, run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Validate_Folder_ExitsTwoWithOneLine()
    {
        var run = await CliRun.RunAsync("validate", _directory.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new[] { $"error: cohort file {_directory.Path} is a folder, not a file" }, run.Error);
    }

    [Fact]
    public async Task Validate_EmptyFile_ExitsTwoWithOneLine()
    {
        var file = _directory.File("empty.csv", string.Empty);

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new[] { $"error: cohort file {file}: the file is empty" }, run.Error);
    }

    [Fact]
    public async Task Validate_BinaryFile_ExitsTwoWithOneLine()
    {
        var file = _directory.File("cohort.xlsx.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: cohort file {file}: line 1: the file contains binary data, so it is not a CSV text file (save a spreadsheet as \"CSV UTF-8\" first)", Assert.Single(run.Error));
    }

    [Fact]
    public async Task Validate_ImageFile_ExitsTwoAsNotUtf8()
    {
        var file = _directory.File("photo.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("line 1: the file is not UTF-8 text (save it as \"CSV UTF-8\" and try again)", Assert.Single(run.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Utf16FileWithByteOrderMark_IsRead()
    {
        var file = _directory.File("utf16.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"{Header}\r\n{Mentee}\r\n")).ToArray());

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "1 row: 1 mentee, 0 mentors; 0 errors, 0 warnings" }, run.Out);
    }

    [Fact]
    public async Task Validate_HeaderWithoutRequiredColumns_ExitsTwoNamingThem()
    {
        var file = _directory.File("cohort.csv", "student_id,first_name,last_name,email,school,date_of_birth,at_risk\nS001,Zoë,O'Connor,s001@example.ac.uk,Law,2006-05-17,no\n");

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new[] { $"error: cohort file {file}: line 1: the header lacks the required columns role, conflicts" }, run.Error);
    }

    [Fact]
    public async Task Validate_BadSchemeKey_ExitsTwoNamingTheKey()
    {
        var scheme = _directory.File("scheme.json", """{ "start": "2025-13-01" }""");
        var cohort = _directory.File("cohort.csv", $"{Header}\n{Mentee}\n");

        var run = await CliRun.RunAsync("validate", cohort, "--scheme", scheme);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new[] { $"error: scheme file {scheme}: key \"start\": \"2025-13-01\" is not a date (YYYY-MM-DD)" }, run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Validate_MissingSchemeFile_ExitsTwo()
    {
        var cohort = _directory.File("cohort.csv", $"{Header}\n{Mentee}\n");
        var scheme = Path.Combine(_directory.Path, "none.json");

        var run = await CliRun.RunAsync("validate", cohort, "--scheme", scheme);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new[] { $"error: scheme file {scheme} not found" }, run.Error);
    }
}
