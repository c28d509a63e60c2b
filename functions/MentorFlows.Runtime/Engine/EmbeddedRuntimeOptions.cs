using MentorFlows.Runtime.InMemory;
using MentorFlows.Runtime.Store;

namespace MentorFlows.Runtime.Engine;

/// <summary>How the embedded runtime runs. The defaults suit a laptop and the tests.</summary>
public sealed class EmbeddedRuntimeOptions
{
    /// <summary>Episodes replayed at once (CPU-bound: one per core).</summary>
    public int MaxConcurrentOrchestrations { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Activities run at once (they wait on I/O: mail, files, the database).</summary>
    public int MaxConcurrentActivities { get; set; } = 16;

    /// <summary>Instances locked per store round trip.</summary>
    public int OrchestrationBatchSize { get; set; } = 64;

    public DuplicateStartBehavior DuplicateStart { get; set; } = DuplicateStartBehavior.Throw;

    /// <summary>
    /// The longest the background loop sleeps before looking at the store again when it knows of no due work (another
    /// process may share a PostgreSQL store). A due timer wakes it on time regardless.
    /// </summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the background loop waits after a store error before it tries again.</summary>
    public TimeSpan StoreErrorBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// With a <see cref="Clock.VirtualTimeProvider"/>, whether the background loop jumps the clock to the next due timer
    /// whenever nothing is runnable. Drivers that inject events at given times (<c>simulate</c>) leave this off and
    /// call <see cref="EmbeddedDurableEngine.RunUntilAsync"/> instead.
    /// </summary>
    public bool AdvanceVirtualTimeWhenIdle { get; set; }

    /// <summary>Whether the DI registration adds a hosted service that runs the engine in the background.</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>Makes the id of an instance started without one. The default is a random GUID ("N" format).</summary>
    public Func<string> NewInstanceId { get; set; } = () => Guid.NewGuid().ToString("N");

    /// <summary>Builds the store for the DI registration; in memory unless set (see <see cref="UsePostgres"/>).</summary>
    public Func<IServiceProvider, IOrchestrationStore> StoreFactory { get; set; } = _ => new InMemoryOrchestrationStore();

    public EmbeddedRuntimeOptions UseInMemoryStore()
    {
        StoreFactory = _ => new InMemoryOrchestrationStore();
        return this;
    }

    /// <summary>Keeps instances in PostgreSQL, in <paramref name="schema"/> (created on start): a durable local deployment.</summary>
    public EmbeddedRuntimeOptions UsePostgres(string connectionString, string schema = Postgres.PostgresOrchestrationStore.DefaultSchema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        StoreFactory = _ => new Postgres.PostgresOrchestrationStore(connectionString, schema);
        return this;
    }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentOrchestrations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentActivities, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(OrchestrationBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(IdlePollInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(StoreErrorBackoff, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(NewInstanceId);
        ArgumentNullException.ThrowIfNull(StoreFactory);
    }
}
