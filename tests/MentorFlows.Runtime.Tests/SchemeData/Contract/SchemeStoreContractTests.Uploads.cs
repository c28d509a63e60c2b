using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    [StoreFact]
    public async Task Uploads_Save_InsertsOrReplacesByUploadId()
    {
        var received = new CohortUploadRecord("cohort.csv-abc", "cohort.csv", "abc", At, CohortUploadStatus.Received);
        var applied = received with { Status = CohortUploadStatus.Applied, Enrolled = 40, Updated = 2, SkippedLeavers = 1, Problems = ["line 3, column email: not a university address"] };
        var rejected = new CohortUploadRecord("a-late.csv-def", "a-late.csv", "def", At.AddDays(9), CohortUploadStatus.Rejected, Problems: []);

        await Stores.Uploads.SaveAsync(received, None);
        await Stores.Uploads.SaveAsync(applied, None);
        await Stores.Uploads.SaveAsync(rejected, None);

        AssertSame(applied, await Stores.Uploads.GetAsync("cohort.csv-abc", None));
        Assert.Null(await Stores.Uploads.GetAsync("other", None));
        AssertSame<IReadOnlyList<CohortUploadRecord>>([rejected, applied], await Stores.Uploads.ListAsync(None));
    }

    [StoreFact]
    public async Task Files_SaveTwiceReadDelete_KeepsTheFirstContentUntilDeleted()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, (byte)'i', (byte)'d', 0, 255];
        await Stores.Files.SaveAsync("u1", content, None);
        await Stores.Files.SaveAsync("u1", new byte[] { 1, 2, 3 }, None);
        await Stores.Files.SaveAsync("u2", Array.Empty<byte>(), None);

        Assert.Equal(content, await Stores.Files.ReadAsync("u1", None));
        Assert.Equal(2, await Stores.Files.CountPersonalRecordsAsync(None));
        await Stores.Files.DeleteAsync("u1", None);
        await Stores.Files.DeleteAsync("u1", None);

        Assert.Null(await Stores.Files.ReadAsync("u1", None));
        Assert.Empty(Assert.IsType<byte[]>(await Stores.Files.ReadAsync("u2", None)));
        Assert.Equal(1, await Stores.Files.CountPersonalRecordsAsync(None));
    }
}
