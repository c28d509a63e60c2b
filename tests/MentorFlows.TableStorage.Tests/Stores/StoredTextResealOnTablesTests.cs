using System.Security.Cryptography;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Scheme;
using MentorFlows.Domain.Surveys;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

/// <summary>A key rotation as the Azure host runs it: the table stores' registration gives the resealer both sealing stores.</summary>
public sealed class StoredTextResealOnTablesTests
{
    private const string Account = "A private account of what happened after the meeting";
    private const string Comment = "My mentor is lovely but I'm struggling with my course";
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryTables _tables = new();

    [Fact]
    public async Task StoredTextResealer_AfterARotation_MovesConcernAccountsAndSurveyCommentsToTheNewKey()
    {
        var oldKey = RandomNumberGenerator.GetBytes(32);
        var newKey = RandomNumberGenerator.GetBytes(32);
        using (var before = Services(new TextProtector(oldKey)))
        {
            await before.GetRequiredService<IConcernStore>().AddAsync(
                new NewConcern("S1", "M1", ConcernCategory.Harassment, false, Account, At, null), Year, None);
            await before.GetRequiredService<ISurveyStore>().SaveAsync(
                new SurveyResponse("S1", SurveyPoint.MidPointReview, "M1", ParticipantRole.Mentee, new SurveyAnswer(4, true, Comment), At), None);
        }

        using (var rotated = Services(new TextProtector(newKey, [oldKey])))
        {
            var resealer = rotated.GetRequiredService<StoredTextResealer>();
            Assert.Equal(new StoredTextResealResult(2, 0), await resealer.ResealAsync(None)); // one account, one answer (with its partner's copy)
            Assert.Equal(new StoredTextResealResult(0, 0), await resealer.ResealAsync(None));
        }

        using var newKeyOnly = Services(new TextProtector(newKey));
        var concern = Assert.Single(await newKeyOnly.GetRequiredService<IConcernStore>().ListAsync(None));
        Assert.Equal(Account, await newKeyOnly.GetRequiredService<IConcernStore>().ReadTextAsync(concern.Reference, None));
        Assert.Equal(Comment, Assert.Single(await newKeyOnly.GetRequiredService<ISurveyStore>().ListForStudentAsync("S1", None)).Answer.Comment);
    }

    private ServiceProvider Services(TextProtector protector)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITableGateways>(_tables);
        services.AddSingleton(new SchemeYear(SchemeDefaults.Settings)); // starts in 2025, the samples' year
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddTableSchemeStores(protector);
        return services.BuildServiceProvider();
    }
}
