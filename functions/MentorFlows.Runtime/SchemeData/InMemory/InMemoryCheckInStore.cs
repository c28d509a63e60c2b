using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="ICheckInStore"/> in memory, one list per match. Thread-safe.</summary>
public sealed class InMemoryCheckInStore : ICheckInStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<CheckInResponse>> _byMatch = new(StringComparer.Ordinal);

    public Task SaveAsync(CheckInResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_gate)
        {
            if (!_byMatch.TryGetValue(response.MatchId, out var answers))
            {
                _byMatch[response.MatchId] = answers = [];
            }

            answers.RemoveAll(a => a.Round == response.Round && a.Respondent == response.Respondent);
            answers.Add(response);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CheckInResponse>> ListForMatchAsync(string matchId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<CheckInResponse> answers = _byMatch.TryGetValue(matchId, out var list) ? [.. list] : [];
            return Task.FromResult(answers);
        }
    }

    public Task<int> EraseMatchAsync(string matchId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_byMatch.Remove(matchId, out var list) ? list.Count : 0);
        }
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_byMatch.Values.Sum(list => list.Count));
        }
    }
}
