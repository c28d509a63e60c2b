using MentorFlows.Domain.Concerns;
using MentorFlows.Api.Http;

namespace MentorFlows.Api.Concerns;

/// <summary>
/// A concern as a participant reports it (the reporter is the link's student). <see cref="About"/> is a student id:
/// their mentor or mentee, another participant, or themselves (risk of harm to self). <see cref="SubmissionId"/>, a
/// form's one-time id, makes a resubmitted form the same concern. <see cref="Description"/> is confidential: it is
/// never logged or echoed in an error.
/// </summary>
public sealed record ConcernReportRequest(string About, ConcernCategory Category, bool ImmediateRisk, string Description, string? SubmissionId)
{
    public const int MaximumDescriptionLength = 5000;

    public const int MaximumSubmissionIdLength = 64;

    public static ConcernReportRequest? Read(FieldReader fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var about = fields.StudentId("about", required: true);
        var category = fields.Choice<ConcernCategory>("category", required: true);
        var risk = fields.Boolean("immediateRisk", required: false) ?? false;
        var description = fields.Text("description", MaximumDescriptionLength, required: true);
        var submission = fields.Text("submissionId", MaximumSubmissionIdLength, required: false);
        if (submission is not null && !submission.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            fields.Fail("submissionId", "may hold only letters, digits, '-' and '_'");
        }

        return fields.HasErrors ? null : new ConcernReportRequest(about!, category!.Value, risk, description!, submission);
    }

    public override string ToString() => $"ConcernReportRequest {{ Category = {Category}, ImmediateRisk = {ImmediateRisk} }}";
}
