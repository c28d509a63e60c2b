using System.Buffers;
using System.Collections.Frozen;
using CsvHelper;
using MentorFlows.Domain.Mail;
using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Domain.Cohort;

/// <summary>
/// Checks one data row at a time against the rules of DOMAIN.md "Cohort ingestion" and the formats of DESIGN.md,
/// and remembers what it has seen so that duplicates and conflicts across rows are caught.
/// <para>Which values a row must have:</para>
/// <list type="bullet">
/// <item>Everyone: <c>student_id, first_name, last_name, email, role, school</c>.</item>
/// <item>A mentee: <c>date_of_birth</c> too, since their age at the scheme start decides the under-18 rule (004).
/// A mentor's date of birth may be blank.</item>
/// <item>Everything else may be blank: a blank boolean is "no", a blank capacity is the scheme default, a blank or
/// "no preference" gender preference is none, a blank course or gender is unknown.</item>
/// </list>
/// Values for the other role (a mentee's capacity or clearance, a mentor's at-risk flag) are ignored with a warning,
/// because they are usually a sign of a wrong role.
/// </summary>
internal sealed class CohortRowReader
{
    private const int MaximumNameLength = 100;
    private const int MaximumTextLength = 200;
    private const int MaximumGenderLength = 50;

    /// <summary>Ages at the scheme start outside this range are taken for a typing error in the year.</summary>
    private const int MinimumPlausibleAge = 14;
    private const int MaximumPlausibleAge = 100;

    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 32).Select(i => (char)i), '\u007F', '\u0085', '\u2028', '\u2029']);

    private readonly CohortHeader _header;
    private readonly SchemeSettings _scheme;
    private readonly CohortProblemLog _log;
    private readonly FrozenSet<string> _allowedDomains;
    private readonly string _allowedDomainsText;
    private readonly Dictionary<string, int> _lineByStudentId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lineByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Line, string StudentId)> _conflictsNamed = [];
    private CsvReader _csv = null!;
    private int _line;
    private bool _valuesMayBeShifted;

    public CohortRowReader(CohortHeader header, SchemeSettings scheme, CohortProblemLog log)
    {
        _header = header;
        _scheme = scheme;
        _log = log;
        _allowedDomains = scheme.AllowedEmailDomains.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _allowedDomainsText = string.Join(", ", scheme.AllowedEmailDomains);
    }

    /// <summary>The row the reader is on, as a participant, or null when it has an error (logged).</summary>
    public Participant? Read(CsvReader csv, int line)
    {
        _csv = csv;
        _line = line;
        _valuesMayBeShifted = false;
        if (!HasExpectedFieldCount())
        {
            return null;
        }

        var errorsBefore = _log.ErrorCount;
        var studentId = ReadStudentId();
        var firstName = ReadRequiredText(CohortColumn.FirstName, MaximumNameLength);
        var lastName = ReadRequiredText(CohortColumn.LastName, MaximumNameLength);
        var email = ReadEmail();
        var role = ReadRole();
        var school = ReadRequiredText(CohortColumn.School, MaximumTextLength);
        var course = ReadOptionalText(CohortColumn.Course, MaximumTextLength) ?? string.Empty;
        var gender = ReadOptionalText(CohortColumn.Gender, MaximumGenderLength)?.ToLowerInvariant();
        var genderPreference = ReadGenderPreference();
        var dateOfBirth = ReadDateOfBirth(role);
        var capacity = ReadMentorCapacity(role);
        var training = ReadBoolean(CohortColumn.TrainingCompleted, role, ParticipantRole.Mentor);
        var contract = ReadBoolean(CohortColumn.ContractSigned, role, ParticipantRole.Mentor);
        var rightToWork = ReadBoolean(CohortColumn.RightToWorkChecked, role, ParticipantRole.Mentor);
        var under18 = ReadBoolean(CohortColumn.CanMentorUnder18, role, ParticipantRole.Mentor);
        var atRisk = ReadBoolean(CohortColumn.AtRisk, role, ParticipantRole.Mentee);
        var atRiskConsent = ReadBoolean(CohortColumn.AtRiskConsent, role, ParticipantRole.Mentor);
        var conflicts = ReadConflicts(studentId);

        if (_log.ErrorCount != errorsBefore || studentId is null || firstName is null || lastName is null
            || email is null || role is null || school is null)
        {
            return null;
        }

        return new Participant
        {
            StudentId = studentId,
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            Role = role.Value,
            School = school,
            Course = course,
            Gender = gender,
            GenderPreference = genderPreference,
            DateOfBirth = dateOfBirth,
            MentorCapacity = capacity,
            TrainingCompleted = training,
            ContractSigned = contract,
            RightToWorkChecked = rightToWork,
            CanMentorUnder18 = under18,
            AtRisk = atRisk,
            AtRiskConsent = atRiskConsent,
            Conflicts = conflicts,
        };
    }

    /// <summary>
    /// Warns about every conflict that names a student id no row of the file has. It is kept: the student may be
    /// enrolled by another upload (DOMAIN.md: a later upload adds late enrolments).
    /// </summary>
    public void WarnAboutConflictsWithUnknownStudents()
    {
        foreach (var (line, studentId) in _conflictsNamed)
        {
            if (!_lineByStudentId.ContainsKey(studentId))
            {
                _log.Warning(line, CohortColumn.Conflicts, $"student id {studentId} is not in this file; the conflict is kept in case another upload enrols them");
            }
        }
    }

    /// <summary>
    /// A row must fill every named column of the header; otherwise its values are shifted, and checking them one by
    /// one would only add noise. A value beyond the named columns is an error too (usually a comma that should have
    /// been quoted); blank fields beyond the header's cells are ignored with a warning, since an unquoted comma can
    /// also produce them, and the shifted values then fail their own checks.
    /// </summary>
    private bool HasExpectedFieldCount()
    {
        if (_csv.FieldCount < _header.NamedWidth)
        {
            _log.Error(_line, _header.ColumnAt(_csv.FieldCount), $"the row ends here: it has {_csv.FieldCount} values but the header has {_header.NamedWidth} columns (a comma may be missing)");
            return false;
        }

        for (var i = _header.NamedWidth; i < _csv.FieldCount; i++)
        {
            if (!_csv.IsEmpty(i))
            {
                _log.Error(_line, _header.ColumnAt(i), $"the row has a value beyond the header's {_header.NamedWidth} columns; a value with a comma in it must be in double quotes");
                return false;
            }
        }

        if (_csv.FieldCount > _header.Width)
        {
            _valuesMayBeShifted = true;
            _log.Warning(_line, _header.ColumnAt(_header.Width), $"the row has {_csv.FieldCount} fields but the header {_header.Width}; the extra ones are blank and ignored, but check that no value with a comma in it lacks double quotes");
        }

        return true;
    }

    private string? ReadStudentId()
    {
        var text = Text(CohortColumn.StudentId);
        if (text.Length == 0)
        {
            _log.Error(_line, CohortColumn.StudentId, "missing; every row needs the student's id");
            return null;
        }

        if (!StudentIdSyntax.IsValid(text))
        {
            _log.Error(_line, CohortColumn.StudentId, $"is not a student id ({StudentIdSyntax.Description})");
            return null;
        }

        var studentId = StudentIdSyntax.Normalize(text);
        if (!_lineByStudentId.TryAdd(studentId, _line))
        {
            _log.Error(_line, CohortColumn.StudentId, $"student id {studentId} already appears on line {_lineByStudentId[studentId]}; each student has one row");
        }

        return studentId;
    }

    private string? ReadEmail()
    {
        var email = Text(CohortColumn.Email);
        if (email.Length == 0)
        {
            _log.Error(_line, CohortColumn.Email, "missing; every student needs a university email address");
            return null;
        }

        if (!EmailAddressSyntax.IsValid(email))
        {
            _log.Error(_line, CohortColumn.Email, "is not an email address");
            return null;
        }

        if (!_allowedDomains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(EmailAddressSyntax.DomainOf(email)))
        {
            _log.Error(_line, CohortColumn.Email, $"is not a university address: the scheme accepts only {_allowedDomainsText}");
            return null;
        }

        if (!_lineByEmail.TryAdd(email, _line))
        {
            _log.Error(_line, CohortColumn.Email, $"the same address as line {_lineByEmail[email]}; each student needs their own");
            return null;
        }

        return email;
    }

    private ParticipantRole? ReadRole()
    {
        var text = Span(CohortColumn.Role);
        if (text.IsEmpty)
        {
            _log.Error(_line, CohortColumn.Role, "missing; write mentee or mentor");
            return null;
        }

        if (!CohortValueParser.TryParseRole(text, out var role))
        {
            _log.Error(_line, CohortColumn.Role, $"{Describe(text)} is not a role; write mentee or mentor");
            return null;
        }

        return role;
    }

    private string? ReadRequiredText(CohortColumn column, int maximumLength)
    {
        var text = ReadOptionalText(column, maximumLength);
        if (text is null && IsBlank(column))
        {
            _log.Error(_line, column, "missing; every row needs it");
        }

        return text;
    }

    /// <summary>Trimmed text of one line, or null when blank or invalid (an error is logged when invalid).</summary>
    private string? ReadOptionalText(CohortColumn column, int maximumLength)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (text.AsSpan().ContainsAny(ControlCharacters))
        {
            _log.Error(_line, column, "contains a line break or another control character; keep the value on one line");
            return null;
        }

        if (text.Length > maximumLength)
        {
            _log.Error(_line, column, $"is longer than {maximumLength} characters");
            return null;
        }

        return text;
    }

    private string? ReadGenderPreference()
    {
        var text = ReadOptionalText(CohortColumn.GenderPreference, MaximumGenderLength)?.ToLowerInvariant();
        return text is null || CohortValueParser.MeansNoPreference(text) ? null : text;
    }

    private LocalDate? ReadDateOfBirth(ParticipantRole? role)
    {
        var text = Span(CohortColumn.DateOfBirth);
        if (text.IsEmpty)
        {
            if (role == ParticipantRole.Mentee)
            {
                _log.Error(_line, CohortColumn.DateOfBirth, "missing; a mentee's date of birth decides whether they are under 18 at the scheme start");
            }

            return null;
        }

        if (!CohortValueParser.TryParseDate(text, out var born, out var wellFormed))
        {
            _log.Error(_line, CohortColumn.DateOfBirth, wellFormed
                ? "is not a real date (the month or the day does not exist)"
                : "is not a date in the form YYYY-MM-DD, such as 2007-03-14");
            return null;
        }

        if (born >= _scheme.Start)
        {
            _log.Error(_line, CohortColumn.DateOfBirth, "is on or after the scheme start; check the year");
            return null;
        }

        if (born.PlusYears(MinimumPlausibleAge) > _scheme.Start || born.PlusYears(MaximumPlausibleAge + 1) <= _scheme.Start)
        {
            _log.Error(_line, CohortColumn.DateOfBirth, $"gives an age at the scheme start outside {MinimumPlausibleAge} to {MaximumPlausibleAge}; check the year");
            return null;
        }

        return born;
    }

    private int? ReadMentorCapacity(ParticipantRole? role)
    {
        var text = Span(CohortColumn.MentorCapacity);
        if (text.IsEmpty)
        {
            return null;
        }

        if (role == ParticipantRole.Mentee)
        {
            _log.Warning(_line, CohortColumn.MentorCapacity, "applies to mentors only; ignored for a mentee");
            return null;
        }

        if (!CohortValueParser.TryParseWholeNumber(text, out var capacity))
        {
            _log.Error(_line, CohortColumn.MentorCapacity, $"{Describe(text)} is not a whole number of mentees");
            return null;
        }

        if (capacity < 0)
        {
            _log.Error(_line, CohortColumn.MentorCapacity, $"{capacity} is negative; give how many mentees this mentor can take (0 or more)");
            return null;
        }

        if (capacity > _scheme.MaximumMentorCapacity)
        {
            _log.Error(_line, CohortColumn.MentorCapacity, $"{capacity} is more than the scheme's maximum of {_scheme.MaximumMentorCapacity} mentees per mentor");
            return null;
        }

        return capacity;
    }

    /// <summary>A boolean that only means something for <paramref name="appliesTo"/>; "yes" on the other role is ignored with a warning.</summary>
    private bool ReadBoolean(CohortColumn column, ParticipantRole? role, ParticipantRole appliesTo)
    {
        var text = Span(column);
        if (text.IsEmpty)
        {
            return false;
        }

        if (!CohortValueParser.TryParseBoolean(text, out var value))
        {
            _log.Error(_line, column, $"{Describe(text)} is not yes or no (write {CohortValueParser.BooleanWords})");
            return false;
        }

        if (value && role is { } actual && actual != appliesTo)
        {
            var roleName = actual == ParticipantRole.Mentee ? "a mentee" : "a mentor";
            var appliesName = appliesTo == ParticipantRole.Mentee ? "mentees" : "mentors";
            _log.Warning(_line, column, $"applies to {appliesName} only; ignored for {roleName}");
            return false;
        }

        return value;
    }

    /// <summary>Student ids separated by semicolons (commas are read as separators too), kept upper-case and once each.</summary>
    private string[] ReadConflicts(string? ownStudentId)
    {
        var text = Text(CohortColumn.Conflicts);
        if (text.Length == 0)
        {
            return [];
        }

        var conflicts = new List<string>();
        var position = 0;
        foreach (var range in text.AsSpan().SplitAny(';', ','))
        {
            position++;
            var entry = text.AsSpan(range).Trim();
            if (entry.IsEmpty)
            {
                continue;
            }

            if (!StudentIdSyntax.IsValid(entry))
            {
                _log.Error(_line, CohortColumn.Conflicts, $"entry {position} is not a student id ({StudentIdSyntax.Description}); separate ids with ';'");
                continue;
            }

            var studentId = StudentIdSyntax.Normalize(entry.ToString());
            if (studentId == ownStudentId)
            {
                _log.Warning(_line, CohortColumn.Conflicts, "lists the student's own id; ignored");
                continue;
            }

            if (!conflicts.Contains(studentId))
            {
                conflicts.Add(studentId);
                _conflictsNamed.Add((_line, studentId));
            }
        }

        return [.. conflicts];
    }

    private string Describe(ReadOnlySpan<byte> text) => CohortValueParser.Describe(text, _valuesMayBeShifted);

    private bool IsBlank(CohortColumn column) => Text(column).Length == 0;

    private ReadOnlySpan<byte> Span(CohortColumn column)
    {
        var index = _header.IndexOf(column);
        return index < 0 ? default : _csv.GetSpan(index).Trim(" \t"u8);
    }

    private string Text(CohortColumn column)
    {
        var index = _header.IndexOf(column);
        return index < 0 || _csv.IsEmpty(index) ? string.Empty : _csv.GetString(index).Trim();
    }
}
