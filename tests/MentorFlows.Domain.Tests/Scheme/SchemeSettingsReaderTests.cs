using System.Text;
using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Domain.Tests.Scheme;

public sealed class SchemeSettingsReaderTests
{
    [Fact]
    public void Read_SampleFile_EqualsTheBuiltInDefaults()
    {
        using var file = File.OpenRead(RepositoryFiles.PathOf("samples/scheme.json"));

        var settings = SchemeSettingsReader.Read(file);

        var defaults = SchemeDefaults.Settings;
        Assert.Equal(
            (defaults.Name, defaults.TimeZone, defaults.Start, defaults.End, defaults.ContactWindow, defaults.FromAddress, defaults.CoordinatorEmail),
            (settings.Name, settings.TimeZone, settings.Start, settings.End, settings.ContactWindow, settings.FromAddress, settings.CoordinatorEmail));
        Assert.Equal(defaults.AllowedEmailDomains, settings.AllowedEmailDomains);
        Assert.Equal(defaults.EscalationEmails, settings.EscalationEmails);
        Assert.Equal(
            (defaults.DefaultMentorCapacity, defaults.RetentionDaysAfterEnd, defaults.RetentionDaysAfterOptOut),
            (settings.DefaultMentorCapacity, settings.RetentionDaysAfterEnd, settings.RetentionDaysAfterOptOut));
    }

    [Fact]
    public void Read_SomeKeys_OverridesThoseAndKeepsDefaultsForTheRest()
    {
        var settings = SchemeSettingsReader.Read("""
            {
              // a six-month scheme (003)
              "name": "Law Buddies", "start": "2026-01-12", "end": "2026-07-10",
              "contactWindow": { "from": "09:30", "to": "17:00" },
              "allowedEmailDomains": ["uni.ac.uk", "student.uni.ac.uk"],
              "maximumMentorCapacity": 8, "acceptValidRows": true, "reviewAfterMonths": [2, 5],
              "maximumHoursPerMonth": 3.5,
            }
            """);

        Assert.Equal("Law Buddies", settings.Name);
        Assert.Equal((new LocalDate(2026, 1, 12), new LocalDate(2026, 7, 10)), (settings.Start, settings.End));
        Assert.Equal(new ContactWindow(new LocalTime(9, 30), new LocalTime(17, 0)), settings.ContactWindow);
        Assert.Equal(["uni.ac.uk", "student.uni.ac.uk"], settings.AllowedEmailDomains);
        Assert.Equal((8, true, 3.5m), (settings.MaximumMentorCapacity, settings.AcceptValidRows, settings.MaximumHoursPerMonth));
        Assert.Equal([2, 5], settings.ReviewAfterMonths);
        Assert.Equal(SchemeDefaults.Settings.TimeZone, settings.TimeZone);
        Assert.Equal(SchemeDefaults.Settings.CoordinatorEmail, settings.CoordinatorEmail);
    }

    [Fact]
    public void Read_CalendarAndTemplateKeys_AreRead()
    {
        var settings = SchemeSettingsReader.Read("""
            { "scheduledSendTime": "09:15", "bankHolidays": ["2026-01-02", "2025-12-25", "2025-12-25"],
              "concernEscalationWorkingDays": 10, "unansweredCheckInCountsAsNoMeeting": false, "templatesFolder": "templates/law" }
            """);

        Assert.Equal(new LocalTime(9, 15), settings.ScheduledSendTime);
        Assert.Equal([new LocalDate(2025, 12, 25), new LocalDate(2026, 1, 2)], settings.BankHolidays);
        Assert.Equal((10, false, "templates/law"), (settings.ConcernEscalationWorkingDays, settings.UnansweredCheckInCountsAsNoMeeting, settings.TemplatesFolder));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "start": "2026-01-12", "end": "2026-07-10", "reviewAfterMonths": [2], "concernReminderWorkingDays": [1, 3], "concernEscalationWorkingDays": 4, "scheduledSendTime": "18:59" }""")]
    public void Read_AcceptedScheme_IsAcceptedByTheSchemeCalendar(string json)
    {
        var calendar = new SchemeCalendar(SchemeSettingsReader.Read(json));

        Assert.NotNull(calendar);
    }

    [Fact]
    public void Read_EmptyObject_IsTheDefaults()
    {
        Assert.Equal(SchemeDefaults.Settings, SchemeSettingsReader.Read("{}"));
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{ \"name\": \"Café Mentors\" }")).ToArray();

        Assert.Equal("Café Mentors", SchemeSettingsReader.Read(new MemoryStream(bytes)).Name);
    }

    [Theory]
    [InlineData("""{ "start": "2025-13-01" }""", "key \"start\": \"2025-13-01\" is not a date (YYYY-MM-DD)")]
    [InlineData("""{ "start": "2025-02-29" }""", "key \"start\": \"2025-02-29\" is not a date (YYYY-MM-DD)")]
    [InlineData("""{ "end": "30/04/2026" }""", "key \"end\": \"30/04/2026\" is not a date (YYYY-MM-DD)")]
    [InlineData("""{ "start": 20251001 }""", "key \"start\": 20251001 is not a date (YYYY-MM-DD)")]
    [InlineData("""{ "end": "2025-09-30" }""", "key \"end\": 2025-09-30 is not after the start 2025-10-01")]
    [InlineData("""{ "end": "2025-10-01" }""", "key \"end\": 2025-10-01 is not after the start 2025-10-01")]
    [InlineData("""{ "end": "2206-04-30" }""", "key \"end\": 2206-04-30 makes the scheme longer than two years; check the year")]
    [InlineData("""{ "timeZone": "Europe/Londres" }""", "key \"timeZone\": \"Europe/Londres\" is not a time zone id of the IANA database, such as \"Europe/London\"")]
    [InlineData("""{ "contactWindow": { "from": "19:00", "to": "08:00" } }""", "key \"contactWindow\": opens at 19:00 but closes at 08:00; it must open before it closes on the same day")]
    [InlineData("""{ "contactWindow": { "from": "8am", "to": "19:00" } }""", "key \"contactWindow.from\": \"8am\" is not a time of day (HH:mm, 24-hour clock)")]
    [InlineData("""{ "contactWindow": { "from": "08:00" } }""", "key \"contactWindow\": needs both \"from\" and \"to\", such as { \"from\": \"08:00\", \"to\": \"19:00\" }")]
    [InlineData("""{ "contactWindow": { "from": "08:00", "to": "19:00", "days": 5 } }""", "key \"contactWindow.days\": is not part of a contact window, which has only \"from\" and \"to\"")]
    [InlineData("""{ "allowedEmailDomains": [] }""", "key \"allowedEmailDomains\": lists no domain; participants need a university email domain (002)")]
    [InlineData("""{ "allowedEmailDomains": ["@example.ac.uk"] }""", "key \"allowedEmailDomains\": \"@example.ac.uk\" is not a domain name such as \"example.ac.uk\" (give the part after the @ only)")]
    [InlineData("""{ "allowedEmailDomains": "example.ac.uk" }""", "key \"allowedEmailDomains\": \"example.ac.uk\" is not a list of domain names such as [\"example.ac.uk\"]")]
    [InlineData("""{ "fromAddress": "peer mentoring@example.ac.uk" }""", "key \"fromAddress\": \"peer mentoring@example.ac.uk\" is not an email address")]
    [InlineData("""{ "coordinatorEmail": null }""", "key \"coordinatorEmail\": null is not an email address")]
    [InlineData("""{ "escalationEmails": ["dean@example.ac.uk", "nobody"] }""", "key \"escalationEmails\": \"nobody\" is not an email address")]
    [InlineData("""{ "escalationEmails": [] }""", "key \"escalationEmails\": lists no address; safeguarding alerts need someone to go to (000)")]
    [InlineData("""{ "defaultMentorCapacity": "5" }""", "key \"defaultMentorCapacity\": \"5\" is not a whole number")]
    [InlineData("""{ "defaultMentorCapacity": 2.5 }""", "key \"defaultMentorCapacity\": 2.5 is not a whole number")]
    [InlineData("""{ "defaultMentorCapacity": 0 }""", "key \"defaultMentorCapacity\": 0 is not between 1 and 100")]
    [InlineData("""{ "defaultMentorCapacity": 25 }""", "key \"defaultMentorCapacity\": 25 is more than maximumMentorCapacity (20)")]
    [InlineData("""{ "retentionDaysAfterEnd": -1 }""", "key \"retentionDaysAfterEnd\": -1 is not between 0 and 365")]
    [InlineData("""{ "retentionDaysAfterOptOut": 3650 }""", "key \"retentionDaysAfterOptOut\": 3650 is not between 0 and 365")]
    [InlineData("""{ "acceptValidRows": "yes" }""", "key \"acceptValidRows\": \"yes\" is not true or false")]
    [InlineData("""{ "reviewAfterMonths": [6, 3] }""", "key \"reviewAfterMonths\": must be in increasing order (6 comes before 3)")]
    [InlineData("""{ "concernReminderWorkingDays": [] }""", "key \"concernReminderWorkingDays\": is empty; give at least one number")]
    [InlineData("""{ "maximumHoursPerMonth": 0 }""", "key \"maximumHoursPerMonth\": 0 is not a number of hours between 0 (excluded) and 744")]
    [InlineData("""{ "nudgeAfterMonthsWithoutMeeting": 4 }""", "key \"tellCoordinatorAfterMonthsWithoutMeeting\": 3 is fewer months than nudgeAfterMonthsWithoutMeeting (4); the mentor is nudged before the coordinator is told")]
    [InlineData("""{ "name": "" }""", "key \"name\": must be 1 to 100 characters on one line")]
    [InlineData("""{ "start": "2025-10-01", "start": "2025-10-02" }""", "key \"start\": appears twice; keep one")]
    [InlineData("""{ "scheduledSendTime": "07:30" }""", "key \"scheduledSendTime\": 07:30 is outside the contact window 08:00–19:00; scheduled emails must go out inside it")]
    [InlineData("""{ "concernEscalationWorkingDays": 5 }""", "key \"concernEscalationWorkingDays\": 5 is not after the last concern reminder (working day 5); escalation follows the reminders")]
    [InlineData("""{ "reviewAfterMonths": [2, 4, 6] }""", "key \"reviewAfterMonths\": lists 3 months; a scheme has at most 2 reviews (mid-point and end-point)")]
    [InlineData("""{ "bankHolidays": ["2025-12-25", "2025-12-32"] }""", "key \"bankHolidays\": \"2025-12-32\" is not a date (YYYY-MM-DD)")]
    [InlineData("""{ "unansweredCheckInCountsAsNoMeeting": 1 }""", "key \"unansweredCheckInCountsAsNoMeeting\": 1 is not true or false")]
    [InlineData("""{ "templatesFolder": " " }""", "key \"templatesFolder\": must be a folder path on one line, or null")]
    public void Read_InvalidValue_ThrowsNamingTheKey(string json, string expected)
    {
        var exception = Assert.Throws<SchemeSettingsException>(() => SchemeSettingsReader.Read(json));

        Assert.Equal(expected, exception.Message);
    }

    [Theory]
    [InlineData("""{ "strat": "2025-10-01" }""", "key \"strat\": is not a scheme setting; did you mean \"start\"?")]
    [InlineData("""{ "TimeZone": "Europe/London" }""", "key \"TimeZone\": is not a scheme setting; did you mean \"timeZone\"?")]
    public void Read_UnknownKeyCloseToAKnownOne_SuggestsIt(string json, string expected)
    {
        var exception = Assert.Throws<SchemeSettingsException>(() => SchemeSettingsReader.Read(json));

        Assert.Equal(expected, exception.Message);
        Assert.NotNull(exception.Key);
    }

    [Fact]
    public void Read_UnknownKey_ListsTheKnownKeys()
    {
        var exception = Assert.Throws<SchemeSettingsException>(() => SchemeSettingsReader.Read("""{ "colour": "blue" }"""));

        Assert.StartsWith("key \"colour\": is not a scheme setting (known keys: name, timeZone, start, end, contactWindow,", exception.Message, StringComparison.Ordinal);
        Assert.Equal("colour", exception.Key);
    }

    [Theory]
    [InlineData("", "the scheme file is empty; it must be a JSON object such as { \"start\": \"2025-10-01\" }")]
    [InlineData("[1, 2]", "the scheme file must be a JSON object such as { \"start\": \"2025-10-01\" }")]
    [InlineData("{ \"start\": \"2025-10-01\"\n  \"end\": 1 }", "the scheme file is not valid JSON (line 2, position 3)")]
    public void Read_NotASchemeObject_ThrowsWithoutKey(string json, string expected)
    {
        var exception = Assert.Throws<SchemeSettingsException>(() => SchemeSettingsReader.Read(json));

        Assert.Equal(expected, exception.Message);
        Assert.Null(exception.Key);
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_ThrowsNotUtf8()
    {
        var exception = Assert.Throws<SchemeSettingsException>(() => SchemeSettingsReader.Read(new MemoryStream([0x7B, 0xFF, 0xFE, 0x7D])));

        Assert.Equal("the scheme file is not UTF-8 text", exception.Message);
    }

    [Fact]
    public void KnownKeys_AreTheCamelCaseNamesOfEverySetting()
    {
        var properties = typeof(SchemeSettings).GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);

        Assert.Equal(properties.Order(), SchemeSettingsReader.KnownKeys.Order());
    }
}
