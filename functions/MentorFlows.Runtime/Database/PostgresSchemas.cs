using MentorFlows.Runtime.Postgres;
using MentorFlows.Runtime.SchemeData.Postgres;

namespace MentorFlows.Runtime.Database;

/// <summary>
/// Where MentorFlows keeps its tables in one PostgreSQL database: the runtime's (instances, histories, messages) and the
/// scheme's data (participants, matches, concerns, ...). Two schemas, each with its own migrations.
/// </summary>
public sealed record PostgresSchemas(string Runtime = PostgresOrchestrationStore.DefaultSchema, string Scheme = PostgresSchemeDatabase.DefaultSchema)
{
    public static PostgresSchemas Default { get; } = new();
}
