using MentorFlows.Runtime.Database;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// The scheme's data in PostgreSQL: one schema (default <see cref="DefaultSchema"/>, beside the runtime's), on a pool
/// shared with the runtime's store. Created and migrated (<see cref="SchemeSchema"/>) by <see cref="MigrateAsync"/>,
/// which the host calls on start; every store also makes sure of it before its first command, so no order of start-up
/// can meet a missing table. Every store call is one statement or one transaction.
/// </summary>
public sealed class PostgresSchemeDatabase
{
    public const string DefaultSchema = "mentorflows_scheme";

    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;

    /// <param name="dataSource">A pool the caller owns and disposes (the host's one <see cref="NpgsqlDataSource"/>).</param>
    public PostgresSchemeDatabase(NpgsqlDataSource dataSource, string schema = DefaultSchema)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        Schema = PostgresSchemaName.ThrowIfInvalid(schema, nameof(schema));
    }

    public string Schema { get; }

    /// <summary>Creates the schema or brings it to the latest migration; safe on every start and from several processes.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) => MigrateAsync(always: true, cancellationToken);

    /// <summary>An open connection to a migrated schema.</summary>
    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(always: false, cancellationToken).ConfigureAwait(false);
        }

        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one query on its own connection and reads every row.</summary>
    internal async Task<T[]> QueryAsync<T>(string sql, Action<NpgsqlParameterCollection>? bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql);
        bind?.Invoke(command.Parameters);
        return await PostgresCommands.ReadAllAsync(command, read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one statement on its own connection; returns the rows it affected.</summary>
    internal async Task<int> ExecuteAsync(string sql, Action<NpgsqlParameterCollection>? bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql);
        bind?.Invoke(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a <c>SELECT count(*)</c>-like statement returning one integer.</summary>
    internal async Task<int> CountAsync(string sql, CancellationToken cancellationToken, Action<NpgsqlParameterCollection>? bind = null)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql);
        bind?.Invoke(command.Parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Runs <paramref name="sql"/> once per item, in one batch (one round trip) inside one transaction: a list is
    /// written whole or not at all. <paramref name="prelude"/>, when given, runs first in the same transaction.
    /// </summary>
    internal async Task ExecuteBatchAsync<T>(string sql, IEnumerable<T> items, Action<NpgsqlParameterCollection, T> bind, CancellationToken cancellationToken, string? prelude = null)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (prelude is not null)
        {
            batch.BatchCommands.Add(BatchCommand(prelude));
        }

        foreach (var item in items)
        {
            var command = BatchCommand(sql);
            bind(command.Parameters, item);
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A command on <paramref name="connection"/>; <c>{s}</c> in <paramref name="sql"/> stands for the schema.</summary>
    internal NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null) =>
        PostgresCommands.Create(connection, transaction, InSchema(sql));

    /// <summary>A batch command; <c>{s}</c> in <paramref name="sql"/> stands for the schema.</summary>
    internal NpgsqlBatchCommand BatchCommand(string sql) => PostgresCommands.Batch(InSchema(sql));

    private string InSchema(string sql) => sql.Replace("{s}", Schema, StringComparison.Ordinal);

    private async Task MigrateAsync(bool always, CancellationToken cancellationToken)
    {
        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (always || !_migrated)
            {
                await PostgresMigrator.MigrateAsync(_dataSource, Schema, "scheme", SchemeSchema.Migrations, cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _migrating.Release();
        }
    }
}
