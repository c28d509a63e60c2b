using System.Security.Cryptography;
using MentorFlows.Workflows.Stores.Protection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Workflows.Tests.Stores.Protection;

public sealed class StoredTextResealerTests
{
    private static readonly TextProtector Protector = new(new byte[32]);

    [Fact]
    public async Task ResealAsync_RunsEveryStore_AndCountsWhatTheyMoved()
    {
        var concerns = new FakeStore("concern accounts", 3);
        var comments = new FakeStore("survey comments", 0);
        var log = new ListLogger();

        var result = await new StoredTextResealer([concerns, comments], Protector, log).ResealAsync(CancellationToken.None);

        Assert.Equal(new StoredTextResealResult(3, 0), result);
        Assert.True(result.Complete);
        Assert.Equal(1, concerns.Runs);
        Assert.Equal(1, comments.Runs);
        Assert.Equal([$"Information Resealed 3 concern accounts under key {Protector.CurrentKeyId}."], log.Lines);
    }

    [Fact]
    public async Task ResealAsync_AStoreWithTextUnderAnUnknownKey_IsLoggedWithoutTheStudentAndTheOthersStillRun()
    {
        var failing = new FakeStore("concern accounts", new CryptographicException("The comment of student S1001's answer is sealed under key k-old, which is not configured."));
        var comments = new FakeStore("survey comments", 2);
        var log = new ListLogger();

        var result = await new StoredTextResealer([failing, comments], Protector, log).ResealAsync(CancellationToken.None);

        Assert.Equal(new StoredTextResealResult(2, 1), result);
        Assert.False(result.Complete);
        Assert.Equal(1, comments.Runs);
        var error = log.Lines[0];
        Assert.Equal(2, log.Lines.Count);
        Assert.StartsWith("Error Could not reseal all concern accounts", error, StringComparison.Ordinal);
        Assert.Contains("MentorFlows:DataProtection:PreviousConcernKeys", error, StringComparison.Ordinal);
        Assert.DoesNotContain("S1001", error, StringComparison.Ordinal);
    }

    private sealed class FakeStore(string content, int moved, Exception? failure = null) : ISealedTextStore
    {
        public FakeStore(string content, Exception failure)
            : this(content, 0, failure)
        {
        }

        public int Runs { get; private set; }

        public string SealedContent => content;

        public Task<int> ResealAsync(CancellationToken cancellationToken)
        {
            Runs++;
            return failure is null ? Task.FromResult(moved) : Task.FromException<int>(failure);
        }
    }

    private sealed class ListLogger : ILogger<StoredTextResealer>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{logLevel} {formatter(state, exception)}");
    }
}
