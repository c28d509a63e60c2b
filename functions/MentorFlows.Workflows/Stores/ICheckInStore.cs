namespace MentorFlows.Workflows.Stores;

/// <summary>Check-in answers, by match (one partition per match on Azure Tables).</summary>
public interface ICheckInStore
{
    /// <summary>Inserts or replaces the answer by (match, round, respondent).</summary>
    Task SaveAsync(CheckInResponse response, CancellationToken cancellationToken);

    Task<IReadOnlyList<CheckInResponse>> ListForMatchAsync(string matchId, CancellationToken cancellationToken);

    /// <summary>Deletes every answer about the match; returns how many went.</summary>
    Task<int> EraseMatchAsync(string matchId, CancellationToken cancellationToken);

    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
