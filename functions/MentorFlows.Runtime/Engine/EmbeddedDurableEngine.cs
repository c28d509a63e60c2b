using System.Threading.Channels;
using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Execution;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MentorFlows.Runtime.Engine;

/// <summary>
/// The embedded durable runtime: Durable Task's contract on one machine. It replays orchestrators registered in a
/// <see cref="WorkflowRegistry"/> from the histories in an <see cref="IOrchestrationStore"/>, runs their activities
/// with bounded parallelism and fires durable timers by the injected <see cref="System.TimeProvider"/>.
/// </summary>
/// <remarks>
/// Two ways to drive it, the same code underneath: <see cref="StartAsync"/> runs a background loop (the real clock,
/// <c>serve</c>); <see cref="RunUntilIdleAsync"/>, <see cref="RunUntilAsync"/> and <see cref="RunToEndAsync"/> run it
/// from the caller with a <see cref="VirtualTimeProvider"/> that jumps to the next due timer whenever nothing is
/// runnable (tests, <c>simulate</c>). One engine per store at a time: a new engine takes over the store's locks.
/// <para>
/// History grows by a few events per step and every episode replays all of it, so a long-lived orchestrator (a
/// periodic loop, a year of monthly check-ins) bounds its history with <c>ContinueAsNew</c>: the next execution starts
/// with an empty history, and events raised meanwhile are carried over to it.
/// </para>
/// </remarks>
public sealed partial class EmbeddedDurableEngine : IAsyncDisposable
{
    private readonly WorkflowRegistry _registry;
    private readonly IServiceProvider _services;
    private readonly EmbeddedRuntimeOptions _options;
    private readonly ILogger _logger;
    private readonly OrchestrationExecutor _executor;
    private readonly CompletionSignals _completions = new();
    private readonly SemaphoreSlim _driving = new(1, 1);
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private volatile bool _initialized;
    private CancellationTokenSource? _stopping;
    private Task? _background;

    public EmbeddedDurableEngine(
        IOrchestrationStore store,
        WorkflowRegistry registry,
        IServiceProvider services,
        TimeProvider timeProvider,
        EmbeddedRuntimeOptions? options = null,
        ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Store = store;
        _registry = registry;
        _services = services;
        TimeProvider = timeProvider;
        _options = options ?? new EmbeddedRuntimeOptions();
        _options.Validate();
        loggers ??= NullLoggerFactory.Instance;
        _logger = loggers.CreateLogger<EmbeddedDurableEngine>();
        _executor = new OrchestrationExecutor(loggers);
        Client = new EmbeddedOrchestrationClient(this);
    }

    /// <summary>The client for this engine: starts, raises events, queries, terminates, purges.</summary>
    public IOrchestrationClient Client { get; }

    public IOrchestrationStore Store { get; }

    public TimeProvider TimeProvider { get; }

    internal WorkflowRegistry Registry => _registry;

    internal EmbeddedRuntimeOptions Options => _options;

    internal CompletionSignals Completions => _completions;

    /// <summary>Runs every orchestration episode and activity that is runnable now, until none is; the clock does not move.</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellation = default)
    {
        await EnsureInitializedAsync(cancellation);
        await _driving.WaitAsync(cancellation);
        try
        {
            await PumpAsync(cancellation);
        }
        finally
        {
            _driving.Release();
        }
    }

    /// <summary>
    /// Runs everything due up to <paramref name="untilUtc"/>: runs until idle, jumps the virtual clock to the next due
    /// timer, and again, until nothing is left before <paramref name="untilUtc"/>; then sets the clock to it (if later)
    /// and runs what is due then. Needs a <see cref="VirtualTimeProvider"/>.
    /// </summary>
    public async Task RunUntilAsync(DateTime untilUtc, CancellationToken cancellation = default)
    {
        var clock = VirtualClock(nameof(RunUntilAsync));
        var until = StoredTime.Floor(untilUtc.ToUniversalTime());
        await RunJumpingAsync(clock, until, cancellation);
    }

    /// <summary>
    /// Runs until no work and no timer is left at all, jumping the virtual clock from timer to timer. An orchestrator
    /// that waits forever on timers (a periodic loop with no end) never lets this return: use <see cref="RunUntilAsync"/>.
    /// </summary>
    public async Task RunToEndAsync(CancellationToken cancellation = default) =>
        await RunJumpingAsync(VirtualClock(nameof(RunToEndAsync)), null, cancellation);

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping?.Dispose();
        _driving.Dispose();
        _initializing.Dispose();
    }

    internal DateTime UtcNow() => StoredTime.Floor(TimeProvider.GetUtcNow().UtcDateTime);

    internal void Wake() => _wake.Writer.TryWrite(true);

    internal async Task EnsureInitializedAsync(CancellationToken cancellation)
    {
        if (_initialized)
        {
            return;
        }

        await _initializing.WaitAsync(cancellation);
        try
        {
            if (!_initialized)
            {
                await Store.InitializeAsync(cancellation);
                _initialized = true;
            }
        }
        finally
        {
            _initializing.Release();
        }
    }

    private VirtualTimeProvider VirtualClock(string caller) => TimeProvider as VirtualTimeProvider
        ?? throw new InvalidOperationException($"{caller} moves a virtual clock: build the engine with a {nameof(VirtualTimeProvider)}. With the real clock, use {nameof(StartAsync)}.");

    private async Task RunJumpingAsync(VirtualTimeProvider clock, DateTime? until, CancellationToken cancellation)
    {
        await EnsureInitializedAsync(cancellation);
        await _driving.WaitAsync(cancellation);
        try
        {
            while (true)
            {
                await PumpAsync(cancellation);
                var next = await Store.GetNextVisibleTimeAsync(UtcNow(), cancellation);
                if (next is not { } due || (until is { } end && due > end))
                {
                    break;
                }

                clock.AdvanceTo(new DateTimeOffset(due, TimeSpan.Zero));
            }

            if (until is { } last && last > UtcNow())
            {
                clock.AdvanceTo(new DateTimeOffset(last, TimeSpan.Zero));
                await PumpAsync(cancellation);
            }
        }
        finally
        {
            _driving.Release();
        }
    }
}
