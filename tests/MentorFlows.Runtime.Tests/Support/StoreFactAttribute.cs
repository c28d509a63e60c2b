using Xunit.Sdk;

namespace MentorFlows.Runtime.Tests.Support;

/// <summary>
/// A fact of the store conformance suite: skipped, with the reason, when the test class needs PostgreSQL and none is
/// configured (see <see cref="PostgresTestDatabase"/>). xunit v2 has no runtime skip, so the discoverer decides.
/// </summary>
[XunitTestCaseDiscoverer("MentorFlows.Runtime.Tests.Support.StoreFactDiscoverer", "MentorFlows.Runtime.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
}
