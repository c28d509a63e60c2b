using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Api.Concerns;

/// <summary>One concern for a coordinator, with its confidential <see cref="Text"/> (null once erased).</summary>
public sealed record ConcernDetail(ConcernSummary Concern, string? Text)
{
    public static ConcernDetail From(ConcernRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ConcernDetail(ConcernSummary.From(record), record.Text);
    }

    public override string ToString() => $"ConcernDetail {{ Reference = {Concern.Reference} }}";
}
