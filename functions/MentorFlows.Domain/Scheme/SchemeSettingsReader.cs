using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// Reads a scheme file (DESIGN.md, <c>--scheme</c>): a JSON object whose keys are the camelCase names of
/// <see cref="SchemeSettings"/>' properties. Every key is optional: a key that is absent keeps its value from
/// <see cref="SchemeDefaults.Settings"/>. Anything else fails with a <see cref="SchemeSettingsException"/> naming
/// the key: an unknown key, a value of the wrong type or out of range, an impossible date, an end not after the
/// start, an unknown time zone, a malformed email address or domain. Comments and trailing commas are tolerated.
/// </summary>
public static partial class SchemeSettingsReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 8,
    };

    private static readonly FrozenDictionary<string, Func<SchemeSettings, JsonElement, SchemeSettings>> Keys =
        new Dictionary<string, Func<SchemeSettings, JsonElement, SchemeSettings>>(StringComparer.Ordinal)
        {
            [KeyOf(nameof(SchemeSettings.Name))] = (s, v) => s with { Name = ReadName(KeyOf(nameof(SchemeSettings.Name)), v) },
            [KeyOf(nameof(SchemeSettings.TimeZone))] = (s, v) => s with { TimeZone = ReadTimeZone(KeyOf(nameof(SchemeSettings.TimeZone)), v) },
            [KeyOf(nameof(SchemeSettings.Start))] = (s, v) => s with { Start = ReadDate(KeyOf(nameof(SchemeSettings.Start)), v) },
            [KeyOf(nameof(SchemeSettings.End))] = (s, v) => s with { End = ReadDate(KeyOf(nameof(SchemeSettings.End)), v) },
            [KeyOf(nameof(SchemeSettings.ContactWindow))] = (s, v) => s with { ContactWindow = ReadContactWindow(KeyOf(nameof(SchemeSettings.ContactWindow)), v) },
            [KeyOf(nameof(SchemeSettings.AllowedEmailDomains))] = (s, v) => s with { AllowedEmailDomains = ReadDomains(KeyOf(nameof(SchemeSettings.AllowedEmailDomains)), v) },
            [KeyOf(nameof(SchemeSettings.FromAddress))] = (s, v) => s with { FromAddress = ReadEmail(KeyOf(nameof(SchemeSettings.FromAddress)), v) },
            [KeyOf(nameof(SchemeSettings.CoordinatorEmail))] = (s, v) => s with { CoordinatorEmail = ReadEmail(KeyOf(nameof(SchemeSettings.CoordinatorEmail)), v) },
            [KeyOf(nameof(SchemeSettings.EscalationEmails))] = (s, v) => s with { EscalationEmails = ReadEmails(KeyOf(nameof(SchemeSettings.EscalationEmails)), v) },
            [KeyOf(nameof(SchemeSettings.DefaultMentorCapacity))] = (s, v) => s with { DefaultMentorCapacity = ReadInt(KeyOf(nameof(SchemeSettings.DefaultMentorCapacity)), v, 1, 100) },
            [KeyOf(nameof(SchemeSettings.MaximumMentorCapacity))] = (s, v) => s with { MaximumMentorCapacity = ReadInt(KeyOf(nameof(SchemeSettings.MaximumMentorCapacity)), v, 1, 100) },
            [KeyOf(nameof(SchemeSettings.RetentionDaysAfterEnd))] = (s, v) => s with { RetentionDaysAfterEnd = ReadInt(KeyOf(nameof(SchemeSettings.RetentionDaysAfterEnd)), v, 0, MaximumRetentionDays) },
            [KeyOf(nameof(SchemeSettings.RetentionDaysAfterOptOut))] = (s, v) => s with { RetentionDaysAfterOptOut = ReadInt(KeyOf(nameof(SchemeSettings.RetentionDaysAfterOptOut)), v, 0, MaximumRetentionDays) },
            [KeyOf(nameof(SchemeSettings.AcceptValidRows))] = (s, v) => s with { AcceptValidRows = ReadBool(KeyOf(nameof(SchemeSettings.AcceptValidRows)), v) },
            [KeyOf(nameof(SchemeSettings.ReviewAfterMonths))] = (s, v) => s with { ReviewAfterMonths = ReadReviewMonths(KeyOf(nameof(SchemeSettings.ReviewAfterMonths)), v) },
            [KeyOf(nameof(SchemeSettings.NudgeAfterMonthsWithoutMeeting))] = (s, v) => s with { NudgeAfterMonthsWithoutMeeting = ReadInt(KeyOf(nameof(SchemeSettings.NudgeAfterMonthsWithoutMeeting)), v, 1, 12) },
            [KeyOf(nameof(SchemeSettings.TellCoordinatorAfterMonthsWithoutMeeting))] = (s, v) => s with { TellCoordinatorAfterMonthsWithoutMeeting = ReadInt(KeyOf(nameof(SchemeSettings.TellCoordinatorAfterMonthsWithoutMeeting)), v, 1, 12) },
            [KeyOf(nameof(SchemeSettings.MaximumHoursPerMonth))] = (s, v) => s with { MaximumHoursPerMonth = ReadHours(KeyOf(nameof(SchemeSettings.MaximumHoursPerMonth)), v) },
            [KeyOf(nameof(SchemeSettings.ConcernReminderWorkingDays))] = (s, v) => s with { ConcernReminderWorkingDays = ReadAscendingInts(KeyOf(nameof(SchemeSettings.ConcernReminderWorkingDays)), v, 1, 30, allowEmpty: false) },
            [KeyOf(nameof(SchemeSettings.ClearanceReminderIntervalDays))] = (s, v) => s with { ClearanceReminderIntervalDays = ReadInt(KeyOf(nameof(SchemeSettings.ClearanceReminderIntervalDays)), v, 1, 90) },
            [KeyOf(nameof(SchemeSettings.ScheduledSendTime))] = (s, v) => s with { ScheduledSendTime = ReadTime(KeyOf(nameof(SchemeSettings.ScheduledSendTime)), v) },
            [KeyOf(nameof(SchemeSettings.BankHolidays))] = (s, v) => s with { BankHolidays = ReadDates(KeyOf(nameof(SchemeSettings.BankHolidays)), v) },
            [KeyOf(nameof(SchemeSettings.ConcernEscalationWorkingDays))] = (s, v) => s with { ConcernEscalationWorkingDays = ReadInt(KeyOf(nameof(SchemeSettings.ConcernEscalationWorkingDays)), v, 1, 60) },
            [KeyOf(nameof(SchemeSettings.UnansweredCheckInCountsAsNoMeeting))] = (s, v) => s with { UnansweredCheckInCountsAsNoMeeting = ReadBool(KeyOf(nameof(SchemeSettings.UnansweredCheckInCountsAsNoMeeting)), v) },
            [KeyOf(nameof(SchemeSettings.TemplatesFolder))] = (s, v) => s with { TemplatesFolder = ReadOptionalPath(KeyOf(nameof(SchemeSettings.TemplatesFolder)), v) },
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Personal data may not be kept longer than a year after the scheme or an opt-out (data minimisation).</summary>
    private const int MaximumRetentionDays = 365;

    /// <summary>A scheme year longer than this is taken for a typing error in a year.</summary>
    private static readonly Period MaximumSchemeLength = Period.FromYears(2);

    /// <summary>The keys a scheme file may have, in the order of <see cref="SchemeSettings"/>.</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = [.. Keys.Keys.OrderBy(KeyOrder)];

    /// <summary>Reads a scheme file's text.</summary>
    /// <exception cref="SchemeSettingsException">The file cannot be used; the message names the key.</exception>
    public static SchemeSettings Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new SchemeSettingsException(null, "the scheme file is empty; it must be a JSON object such as { \"start\": \"2025-10-01\" }");
        }

        return Read(() => JsonDocument.Parse(json, DocumentOptions));
    }

    /// <summary>Reads a scheme file from UTF-8 bytes (a byte order mark is allowed).</summary>
    /// <exception cref="SchemeSettingsException">The file cannot be used; the message names the key.</exception>
    public static SchemeSettings Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SchemeSettingsException(null, "the scheme file is not UTF-8 text", ex);
        }

        return Read(text.TrimStart('\uFEFF'));
    }

    private static SchemeSettings Read(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException ex)
        {
            throw new SchemeSettingsException(null, $"the scheme file is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SchemeSettingsException(null, "the scheme file must be a JSON object such as { \"start\": \"2025-10-01\" }");
            }

            var settings = SchemeDefaults.Settings;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!Keys.TryGetValue(property.Name, out var apply))
                {
                    throw new SchemeSettingsException(property.Name, UnknownKeyMessage(property.Name));
                }

                if (!seen.Add(property.Name))
                {
                    throw new SchemeSettingsException(property.Name, "appears twice; keep one");
                }

                settings = apply(settings, property.Value);
            }

            CheckAcrossKeys(settings);
            return settings;
        }
    }

    /// <summary>Rules that tie two keys together; the message names the key a coordinator most likely got wrong.</summary>
    private static void CheckAcrossKeys(SchemeSettings settings)
    {
        if (settings.End <= settings.Start)
        {
            throw new SchemeSettingsException(KeyOf(nameof(SchemeSettings.End)), $"{settings.End:yyyy-MM-dd} is not after the start {settings.Start:yyyy-MM-dd}");
        }

        if (settings.End > settings.Start.Plus(MaximumSchemeLength))
        {
            throw new SchemeSettingsException(KeyOf(nameof(SchemeSettings.End)), $"{settings.End:yyyy-MM-dd} makes the scheme longer than two years; check the year");
        }

        if (settings.DefaultMentorCapacity > settings.MaximumMentorCapacity)
        {
            throw new SchemeSettingsException(KeyOf(nameof(SchemeSettings.DefaultMentorCapacity)), $"{settings.DefaultMentorCapacity} is more than maximumMentorCapacity ({settings.MaximumMentorCapacity})");
        }

        var window = settings.ContactWindow;
        if (settings.ScheduledSendTime < window.From || settings.ScheduledSendTime >= window.To)
        {
            throw new SchemeSettingsException(KeyOf(nameof(SchemeSettings.ScheduledSendTime)), $"{settings.ScheduledSendTime:HH:mm} is outside the contact window {window.From:HH:mm}–{window.To:HH:mm}; scheduled emails must go out inside it");
        }

        if (settings.ConcernReminderWorkingDays.Count > 0 && settings.ConcernReminderWorkingDays[^1] >= settings.ConcernEscalationWorkingDays)
        {
            throw new SchemeSettingsException(KeyOf(nameof(SchemeSettings.ConcernEscalationWorkingDays)), $"{settings.ConcernEscalationWorkingDays} is not after the last concern reminder (working day {settings.ConcernReminderWorkingDays[^1]}); escalation follows the reminders");
        }

        if (settings.TellCoordinatorAfterMonthsWithoutMeeting < settings.NudgeAfterMonthsWithoutMeeting)
        {
            throw new SchemeSettingsException(KeyOf(nameof(SchemeSettings.TellCoordinatorAfterMonthsWithoutMeeting)), $"{settings.TellCoordinatorAfterMonthsWithoutMeeting} is fewer months than nudgeAfterMonthsWithoutMeeting ({settings.NudgeAfterMonthsWithoutMeeting}); the mentor is nudged before the coordinator is told");
        }
    }

    private static string UnknownKeyMessage(string key)
    {
        var suggestion = KnownKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            ?? KnownKeys.FirstOrDefault(k => EditDistance(k, key) <= 2);
        return suggestion is null
            ? $"is not a scheme setting (known keys: {string.Join(", ", KnownKeys)})"
            : $"is not a scheme setting; did you mean \"{suggestion}\"?";
    }

    private static string KeyOf(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    private static int KeyOrder(string key) =>
        Array.FindIndex(typeof(SchemeSettings).GetProperties(), p => KeyOf(p.Name) == key);

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
