using System.Globalization;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Email.Templates;
using MentorFlows.Workflows.Links;
using NodaTime;
using NodaTime.Text;

namespace MentorFlows.Workflows.Email.Composition;

/// <summary>
/// Builds every scheme email (DOMAIN.md "The year of a match", "Opt-out", "Concerns") from the people it concerns,
/// the scheme and its links, through the kind's templates. Pure: no I/O, no clock; the send time comes in and, for
/// student kinds, is moved into the contact window (<see cref="EmailMessage.NotBeforeUtc"/>). Rules every message keeps:
/// <list type="bullet">
/// <item>a stable id from the scheme year, kind and ids (<see cref="EmailId"/>), never from the send time;</item>
/// <item>student emails carry RFC 8058 List-Unsubscribe headers with the first recipient's signed opt-out link;</item>
/// <item>a recipient under 18 at scheme start has the coordinator copied (004);</item>
/// <item>staff emails hold student ids, references and links, never names or a concern's text;</item>
/// <item><see cref="EmailMessage.StudentIds"/> lists every student whose data the message holds.</item>
/// </list>
/// The methods live in partial files by subject: introductions, check-ins, reviews and closure, leaving, concerns,
/// coordinator reminders.
/// </summary>
public sealed partial class EmailComposer
{
    private static readonly LocalDatePattern MonthPattern = LocalDatePattern.Create("MMMM yyyy", CultureInfo.InvariantCulture);
    private static readonly ZonedDateTimePattern StaffTimePattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM yyyy, HH:mm", DateTimeZoneProviders.Tzdb);

    private readonly EmailTemplateSet _templates;
    private readonly SchemeCalendar _calendar;
    private readonly SchemeLinks _links;

    public EmailComposer(EmailTemplateSet templates, SchemeCalendar calendar, SchemeLinks links)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(links);
        _templates = templates;
        _calendar = calendar;
        _links = links;
    }

    private SchemeSettings Scheme => _calendar.Scheme;

    private EmailAddress SchemeSender => new(Scheme.FromAddress, Scheme.Name);

    private EmailAddress Coordinator => new(Scheme.CoordinatorEmail, Scheme.Name);

    private static EmailAddress AddressOf(Participant student) => new(student.Email, student.FullName);

    /// <summary>The names every student email sets: scheme, recipient, opt-out and concern links, coordinator copy.</summary>
    private TemplateModel StudentModel(Participant recipient) => new TemplateModel()
        .Set("scheme.name", Scheme.Name)
        .Set("scheme.contactEmail", Scheme.CoordinatorEmail)
        .Set("recipient.firstName", recipient.FirstName)
        .Set("links.optOut", _links.OptOut(recipient.StudentId))
        .Set("links.concern", _links.Concern(recipient.StudentId))
        .Set("copyCoordinator", IsUnder18(recipient));

    /// <summary>The names every staff email sets.</summary>
    private TemplateModel StaffModel() => new TemplateModel()
        .Set("scheme.name", Scheme.Name)
        .Set("links.coordinator", _links.Coordinator());

    private bool IsUnder18(Participant student) => student.IsUnder18On(Scheme.Start);

    /// <summary>Copies for a student email: <paramref name="copies"/>, plus the coordinator when the recipient is under 18.</summary>
    private IReadOnlyList<EmailAddress> CopiesFor(Participant recipient, params IEnumerable<EmailAddress> copies) =>
        IsUnder18(recipient) ? [.. copies, Coordinator] : [.. copies];

    private static string MonthName(SchemeMonth month) => MonthPattern.Format(month.FirstDay);

    private string StaffTime(Instant instant) => StaffTimePattern.Format(instant.InZone(_calendar.Zone));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A student email to <paramref name="recipient"/> (first in To), with List-Unsubscribe for them.</summary>
    private EmailMessage ToStudent(
        EmailKind kind,
        Participant recipient,
        TemplateModel model,
        Instant sendAt,
        IEnumerable<string> idParts,
        IEnumerable<string> otherStudentIds,
        IReadOnlyList<EmailAddress>? cc = null,
        EmailAddress? from = null,
        EmailAddress? replyTo = null)
    {
        var rendered = _templates.For(kind).Render(model);
        return new EmailMessage
        {
            Id = Id(kind, idParts),
            Kind = kind,
            From = from ?? SchemeSender,
            ReplyTo = replyTo ?? Coordinator,
            To = [AddressOf(recipient)],
            Cc = cc ?? CopiesFor(recipient),
            Subject = rendered.Subject,
            TextBody = rendered.TextBody,
            HtmlBody = rendered.HtmlBody,
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [EmailHeaders.ListUnsubscribe] = $"<{_links.OptOut(recipient.StudentId).AbsoluteUri}>",
                [EmailHeaders.ListUnsubscribePost] = EmailHeaders.OneClick,
            },
            StudentIds = [.. new[] { recipient.StudentId }.Concat(otherStudentIds).Distinct(StringComparer.Ordinal)],
            NotBeforeUtc = NotBefore(kind, sendAt),
        };
    }

    /// <summary>A staff email to <paramref name="to"/>; no List-Unsubscribe (staff cannot opt out of safeguarding).</summary>
    private EmailMessage ToStaff(
        EmailKind kind,
        IReadOnlyList<EmailAddress> to,
        TemplateModel model,
        Instant sendAt,
        IEnumerable<string> idParts,
        IEnumerable<string> studentIds)
    {
        var rendered = _templates.For(kind).Render(model);
        return new EmailMessage
        {
            Id = Id(kind, idParts),
            Kind = kind,
            From = SchemeSender,
            ReplyTo = Coordinator,
            To = to,
            Subject = rendered.Subject,
            TextBody = rendered.TextBody,
            HtmlBody = rendered.HtmlBody,
            StudentIds = [.. studentIds.Distinct(StringComparer.Ordinal)],
            NotBeforeUtc = NotBefore(kind, sendAt),
        };
    }

    private string Id(EmailKind kind, IEnumerable<string> parts) =>
        EmailId.Create(kind, [LocalDatePattern.Iso.Format(Scheme.Start), .. parts]);

    private DateTime NotBefore(EmailKind kind, Instant sendAt) =>
        (kind.IsSubjectToContactWindow() ? _calendar.ContactWindow.NextOpening(sendAt) : sendAt).ToDateTimeUtc();
}
