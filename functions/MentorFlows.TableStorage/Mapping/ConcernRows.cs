using MentorFlows.Domain.Concerns;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// Table <c>SchemeConcerns</c>, one partition per scheme year (the year in the concern's reference), three kinds of row:
/// <list type="bullet">
/// <item><c>c!{reference}</c>: the concern, one property per field, and the account, for coordinators only, sealed
/// (<see cref="TextProtector"/>, the reference as associated data) in <c>TextKeyId</c>, <c>TextNonce</c> and
/// <c>TextSealed</c> (<see cref="SealedTextColumns"/>). A row written before accounts were sealed holds it plain in
/// <c>Text</c> (split over properties when long) until it is re-sealed. <see cref="FromRow"/> reads neither: a
/// record says only whether an account is held;</item>
/// <item><c>u!{submission id}</c>: the reference a submission was given, so a resubmitted form finds its concern;</item>
/// <item><c>n</c>: the year's last sequence number.</item>
/// </list>
/// The three are written in one transaction when a concern is added, with the counter's ETag: two reports at once
/// cannot take one number.
/// </summary>
public static class ConcernRows
{
    public const string ConcernKind = "c";
    public const string SubmissionKind = "u";

    /// <summary>
    /// The account's property: sealed, <c>TextKeyId</c>, <c>TextNonce</c>, <c>TextSealed</c> (<see cref="SealedTextColumns"/>);
    /// plain, in rows written before sealing, <c>Text</c> (<see cref="StringColumns"/>).
    /// </summary>
    private const string Account = "Text";

    public static readonly string CounterKey = TableKey.Compose("n");

    public static string Partition(int schemeYear) => SchemeYearKey.Of(schemeYear);

    public static string RowKey(ConcernReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return TableKey.Compose(ConcernKind, reference.Value);
    }

    public static string SubmissionKey(string submissionId) => TableKey.Compose(SubmissionKind, submissionId);

    /// <param name="concern">The record.</param>
    /// <param name="text">The sealed account to store with it; null when there is none (never written, or erased).</param>
    public static TableRow ToRow(ConcernRecord concern, SealedText? text)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var properties = new PropertyBag()
            .Set("Reference", concern.Reference.Value)
            .Set("ReporterId", concern.ReporterId)
            .Set("AboutId", concern.AboutId)
            .SetEnum("Category", concern.Category)
            .Set("ImmediateRisk", concern.ImmediateRisk)
            .SetSealed(Account, text)
            .Set("RaisedAt", concern.RaisedAtUtc)
            .Set("SubmissionId", concern.SubmissionId)
            .SetEnum("Status", concern.Status)
            .SetEnum("Outcome", concern.Outcome)
            .Set("DecidedAt", concern.DecidedAtUtc)
            .Build();
        return new TableRow(Partition(concern.Reference.SchemeYear), RowKey(concern.Reference), properties);
    }

    public static ConcernRecord FromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var p = row.Properties;
        if (!ConcernReference.TryParse(p.GetString("Reference"), out var reference) || reference is null)
        {
            throw new TableDataException("Property Reference does not hold a concern reference.");
        }

        return new ConcernRecord(
            reference,
            p.GetStringOrNull("ReporterId"),
            p.GetStringOrNull("AboutId"),
            p.GetEnum<ConcernCategory>("Category"),
            p.GetBoolean("ImmediateRisk"),
            p.HasSealed(Account) || p.ContainsKey(Account),
            p.GetUtc("RaisedAt"),
            p.GetStringOrNull("SubmissionId"),
            p.GetEnum<ConcernStatus>("Status"),
            p.GetEnumOrNull<ConcernOutcome>("Outcome"),
            p.GetUtcOrNull("DecidedAt"));
    }

    /// <summary>The sealed account held with the concern, or null (none, or one still plain: <see cref="PlainTextFromRow"/>).</summary>
    public static SealedText? SealedTextFromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Properties.GetSealedOrNull(Account);
    }

    /// <summary>The account of a row written before accounts were sealed, or null.</summary>
    public static string? PlainTextFromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Properties.GetLongOrNull(Account);
    }

    public static TableRow CounterRow(int schemeYear, int lastSequence) =>
        new(Partition(schemeYear), CounterKey, new PropertyBag().Set("Last", lastSequence).Build());

    public static TableRow SubmissionRow(ConcernReference reference, string submissionId) =>
        new(Partition(reference.SchemeYear), SubmissionKey(submissionId), new PropertyBag().Set("Reference", reference.Value).Build());
}
