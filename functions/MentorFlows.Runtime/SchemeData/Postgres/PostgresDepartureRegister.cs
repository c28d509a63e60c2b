using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary><see cref="IDepartureRegister"/> on table <c>departures</c> (keyed pseudonyms only; emptied at the final erasure).</summary>
public sealed class PostgresDepartureRegister : IDepartureRegister
{
    private readonly PostgresSchemeDatabase _database;

    public PostgresDepartureRegister(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task AddAsync(string pseudonym, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(pseudonym);
        return _database.ExecuteAsync("INSERT INTO {s}.departures (pseudonym) VALUES (@p) ON CONFLICT DO NOTHING", p => p.AddWithValue("p", pseudonym), cancellationToken);
    }

    public async Task<bool> ContainsAsync(string pseudonym, CancellationToken cancellationToken) =>
        (await _database.QueryAsync("SELECT 1 FROM {s}.departures WHERE pseudonym = @p", p => p.AddWithValue("p", pseudonym), _ => true, cancellationToken)).Length > 0;

    public Task<int> ClearAsync(CancellationToken cancellationToken) =>
        _database.ExecuteAsync("DELETE FROM {s}.departures", null, cancellationToken);

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _database.CountAsync("SELECT count(*) FROM {s}.departures", cancellationToken);
}
