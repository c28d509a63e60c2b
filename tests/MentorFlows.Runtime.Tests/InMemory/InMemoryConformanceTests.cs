using MentorFlows.Runtime.InMemory;
using MentorFlows.Runtime.Store;
using MentorFlows.Runtime.Tests.Conformance;

namespace MentorFlows.Runtime.Tests.InMemory;

/// <summary>The conformance suite on <see cref="InMemoryOrchestrationStore"/>; a restart keeps the same store object (it outlives the engine).</summary>
public sealed class InMemoryConformanceTests : OrchestrationConformanceTests
{
    protected override Task<IOrchestrationStore> CreateStoreAsync() => Task.FromResult<IOrchestrationStore>(new InMemoryOrchestrationStore());

    protected override IOrchestrationStore Reopen(IOrchestrationStore store) => store;
}
