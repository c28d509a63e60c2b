namespace MentorFlows.Workflows.Stores;

/// <summary>
/// Who left the scheme this year (opted out, resigned, removed), so that a later cohort upload does not enrol them
/// again (DOMAIN.md "Students who opted out earlier in the year are not re-enrolled"). It holds only keyed pseudonyms
/// (<see cref="Privacy.StudentPseudonyms"/>): once a leaver's data is erased after the opt-out retention period, the scheme
/// must still recognise their id in a re-upload, but must not keep the id itself, nor anything else about them. A
/// keyed hash is the least that does this: without the scheme's secret key it cannot be turned back into an id
/// (an unkeyed hash of a short student number could, by trying every number). The register is cleared with the
/// year's final erasure, after which no upload of the year can come.
/// </summary>
public interface IDepartureRegister
{
    Task AddAsync(string pseudonym, CancellationToken cancellationToken);

    Task<bool> ContainsAsync(string pseudonym, CancellationToken cancellationToken);

    /// <summary>Forgets every pseudonym; returns how many there were.</summary>
    Task<int> ClearAsync(CancellationToken cancellationToken);

    /// <summary>Pseudonyms held: counted as personal data (pseudonymous data is still personal data under GDPR).</summary>
    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
