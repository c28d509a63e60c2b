using MentorFlows.Runtime.Tests.SchemeData.Contract;

namespace MentorFlows.Runtime.Tests.SchemeData.InMemory;

/// <summary>The scheme store contract on the in-memory stores (the simulation's and <c>serve --store memory</c>'s).</summary>
public sealed class InMemorySchemeStoreContractTests : SchemeStoreContractTests
{
    protected override Task<SchemeStores> CreateStoresAsync() => Task.FromResult(SchemeStores.InMemory());
}
