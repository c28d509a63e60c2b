using MentorFlows.Workflows.Stores;

namespace MentorFlows.Api.Concerns;

/// <summary>One concern for a coordinator, with its confidential <see cref="Text"/> (null once erased).</summary>
public sealed record ConcernDetail(ConcernSummary Concern, string? Text)
{
    public static ConcernDetail From(ConcernRecord record, string? text)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ConcernDetail(ConcernSummary.From(record), text);
    }

    public override string ToString() => $"ConcernDetail {{ Reference = {Concern.Reference} }}";
}
