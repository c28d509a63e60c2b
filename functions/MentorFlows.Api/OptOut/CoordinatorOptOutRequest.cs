using MentorFlows.Api.Http;

namespace MentorFlows.Api.OptOut;

/// <summary>A coordinator takes a student out of the scheme: their id and, as a check, their name as on record.</summary>
public sealed record CoordinatorOptOutRequest(string StudentId, string Name)
{
    public const int MaximumNameLength = 200;

    /// <summary>The request, or null with the problems in <paramref name="fields"/>.</summary>
    public static CoordinatorOptOutRequest? Read(FieldReader fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var studentId = fields.StudentId("studentId", required: true);
        var name = fields.Text("name", MaximumNameLength, required: true);
        return fields.HasErrors ? null : new CoordinatorOptOutRequest(studentId!, name!);
    }

    public override string ToString() => $"CoordinatorOptOutRequest {{ StudentId = {StudentId} }}";
}
