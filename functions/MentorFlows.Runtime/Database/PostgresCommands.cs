using Npgsql;

namespace MentorFlows.Runtime.Database;

/// <summary>Commands and readers as every MentorFlows PostgreSQL store builds them.</summary>
internal static class PostgresCommands
{
#pragma warning disable CA2100 // SQL text is built from constants and a schema name checked by PostgresSchemaName; values are parameters.
    public static NpgsqlCommand Create(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql) => new(sql, connection, transaction);

    public static NpgsqlBatchCommand Batch(string sql) => new(sql);
#pragma warning restore CA2100

    /// <summary>Every row of <paramref name="command"/>'s result, read by <paramref name="read"/>.</summary>
    public static async Task<T[]> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(read);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            rows.Add(read(reader));
        }

        return [.. rows];
    }

    /// <summary>The value, or <see cref="DBNull.Value"/> for null: what a parameter takes.</summary>
    public static object OrNull(object? value) => value ?? DBNull.Value;
}
