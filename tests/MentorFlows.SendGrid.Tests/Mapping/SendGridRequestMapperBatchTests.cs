using FsCheck;
using FsCheck.Fluent;
using MentorFlows.SendGrid.Api;
using MentorFlows.SendGrid.Mapping;
using MentorFlows.SendGrid.Tests.Support;
using MentorFlows.Workflows.Email;

namespace MentorFlows.SendGrid.Tests.Mapping;

public sealed class SendGridRequestMapperBatchTests
{
    [Fact]
    public void MapBatch_IdenticalContent_SharesOneRequestWithAPersonalizationPerMessage()
    {
        EmailMessage[] messages = [TestEmails.Reminder("r-1", "a@example.ac.uk"), TestEmails.Reminder("r-2", "b@example.ac.uk", "c@example.ac.uk")];

        var batch = Assert.Single(SendGridRequestMapper.MapBatch(messages, sandboxMode: false));

        Assert.Equal(["r-1", "r-2"], batch.EmailIds);
        Assert.Equal(["a@example.ac.uk"], batch.Request.Personalizations[0].To.Select(address => address.Email));
        Assert.Equal(["b@example.ac.uk", "c@example.ac.uk"], batch.Request.Personalizations[1].To.Select(address => address.Email));
        Assert.Equal("r-2", batch.Request.Personalizations[1].CustomArgs![SendGridCustomArgs.EmailId]);
    }

    [Fact]
    public void MapBatch_PersonalBodies_OneRequestPerMessage()
    {
        EmailMessage[] messages = [TestEmails.Intro("intro-a", "m1@example.ac.uk"), TestEmails.Intro("intro-b", "m2@example.ac.uk")];

        var batches = SendGridRequestMapper.MapBatch(messages, sandboxMode: false);

        Assert.Equal([["intro-a"], ["intro-b"]], batches.Select(batch => batch.EmailIds));
    }

    [Fact]
    public void MapBatch_MoreThanAThousandMessages_SplitsAtAThousandPersonalizations()
    {
        var messages = Enumerable.Range(1, 1001).Select(index => TestEmails.Reminder($"r-{index}", $"p{index}@example.ac.uk")).ToArray();

        var batches = SendGridRequestMapper.MapBatch(messages, sandboxMode: false);

        Assert.Equal([1000, 1], batches.Select(batch => batch.Request.Personalizations.Count));
    }

    [Fact]
    public void MapBatch_MoreThanAThousandRecipientsInAll_SplitsByRecipients()
    {
        var messages = Enumerable.Range(1, 3).Select(index => TestEmails.Reminder($"r-{index}", TestEmails.Addresses(400, $"g{index}-"))).ToArray();

        var batches = SendGridRequestMapper.MapBatch(messages, sandboxMode: false);

        Assert.Equal([["r-1", "r-2"], ["r-3"]], batches.Select(batch => batch.EmailIds));
    }

    [Fact]
    public void MapBatch_RequestOver30Megabytes_IsSplitUntilEachPartFits()
    {
        // One shared 12 MB header value: three personalizations make 36 MB, so the batch is halved.
        var large = new string('x', 12_000_000);
        var messages = Enumerable.Range(1, 3)
            .Select(index => TestEmails.Reminder($"r-{index}", $"p{index}@example.ac.uk") with { Headers = new Dictionary<string, string> { ["X-Large"] = large } })
            .ToArray();

        var batches = SendGridRequestMapper.MapBatch(messages, sandboxMode: false);

        Assert.Equal([["r-1"], ["r-2", "r-3"]], batches.Select(batch => batch.EmailIds));
        Assert.All(batches, batch => Assert.True(SendGridJson.Serialize(batch.Request).Length < SendGridLimits.MaxRequestBytes));
    }

    [Fact]
    public void MapBatch_SameIdTwice_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(
            () => SendGridRequestMapper.MapBatch([TestEmails.Reminder("r-1", "a@example.ac.uk"), TestEmails.Reminder("r-1", "b@example.ac.uk")], sandboxMode: false));

        Assert.Contains("r-1", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// For any mix of batchable and personal messages: every message is in exactly one personalization, holding exactly
    /// its own recipients and id; requests share content only between identical messages; every limit holds.
    /// </summary>
    [Fact]
    public void MapBatch_AnyMessages_NeverMixesRecipientsAndKeepsLimits()
    {
        var messageSpecs = Gen.Zip(Gen.Choose(0, 3), Gen.Choose(1, 700)).ListOf();
        Prop.ForAll(messageSpecs.ToArbitrary(), specs =>
            {
                var messages = specs.Select((spec, index) =>
                    TestEmails.Reminder($"r-{index}", TestEmails.Addresses(spec.Item2, $"m{index}-")) with { Subject = $"Subject {spec.Item1}" }).ToArray();

                var batches = SendGridRequestMapper.MapBatch(messages, sandboxMode: false);

                var placed = batches.SelectMany(batch => batch.EmailIds.Zip(batch.Request.Personalizations)).ToList();
                var byId = messages.ToDictionary(message => message.Id);
                return placed.Count == messages.Length
                    && placed.Select(pair => pair.First).Distinct().Count() == messages.Length
                    && placed.All(pair =>
                        pair.Second.CustomArgs![SendGridCustomArgs.EmailId] == pair.First
                        && pair.Second.To.Select(address => address.Email).SequenceEqual(byId[pair.First].To.Select(address => address.Address)))
                    && batches.All(batch =>
                        batch.Request.Personalizations.Count <= SendGridLimits.MaxPersonalizations
                        && batch.Request.Personalizations.Sum(personalization => personalization.RecipientCount) <= SendGridLimits.MaxRecipients
                        && batch.EmailIds.All(id => byId[id].Subject == batch.Request.Subject));
            })
            .QuickCheckThrowOnFailure();
    }
}
