// Package Azure.Storage.Blobs 12.29.0: the members MentorFlows.Functions uses, nothing else (README.md here). "§5" is
// shared/azure-api-reference.md section 5; "API" is the public API listing
// sdk/storage/Azure.Storage.Blobs/api/Azure.Storage.Blobs.net10.0.cs (Azure/azure-sdk-for-net), checked member by member
// against the signatures in the Azure.Storage.Blobs 12.29.2 assembly (net10.0). Of an overloaded method or constructor,
// the overloads applicable to the adapter's calls are declared, so overload resolution is the real one. Response,
// AsyncPageable, RequestFailedException and TokenCredential are the real Azure.Core's; BinaryData is System.Memory.Data's.
//
// The package is not nullable-annotated (the API listing writes "= null" on reference types), so neither is this file.
#nullable disable

using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using static MentorFlows.Functions.CompileCheck.Reference;

namespace Azure.Storage.Blobs
{
    // §5; API. The (string, BlobClientOptions) constructor has no default, so it does not apply to a one-argument call;
    // the (Uri, AzureSasCredential, ...) and (Uri, StorageSharedKeyCredential, ...) ones do not take a TokenCredential.
    public class BlobServiceClient
    {
        protected BlobServiceClient() => throw new NotSupportedException(Only);

        public BlobServiceClient(string connectionString) => throw new NotSupportedException(Only);

        public BlobServiceClient(Uri serviceUri, Azure.Core.TokenCredential credential, BlobClientOptions options = null) => throw new NotSupportedException(Only);

        public virtual BlobContainerClient GetBlobContainerClient(string blobContainerName) => throw new NotSupportedException(Only);
    }

    // §5; API.
    public class BlobContainerClient
    {
        protected BlobContainerClient() => throw new NotSupportedException(Only);

        // The (PublicAccessType, IDictionary, CancellationToken) overload has no defaults, so it does not apply to a call
        // without arguments.
        public virtual Task<Response<BlobContainerInfo>> CreateIfNotExistsAsync(PublicAccessType publicAccessType = PublicAccessType.None, IDictionary<string, string> metadata = null, BlobContainerEncryptionScopeOptions encryptionScopeOptions = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException(Only);

        public virtual BlobClient GetBlobClient(string blobName) => throw new NotSupportedException(Only);

        // §5: the (BlobTraits, BlobStates, string, CancellationToken) overload has no defaults and does not apply here.
        public virtual AsyncPageable<BlobItem> GetBlobsAsync(GetBlobsOptions options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException(Only);
    }

    // §5 ("BlobClient (inherits Specialized.BlobBaseClient)"); API. Of its UploadAsync overloads only
    // (BinaryData, bool overwrite = false, CancellationToken) applies to (BinaryData, bool, CancellationToken).
    public class BlobClient : BlobBaseClient
    {
        protected BlobClient() => throw new NotSupportedException(Only);

        public virtual Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, bool overwrite = false, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException(Only);
    }

    // The options type of the BlobServiceClient constructor above; API (its base is the real Azure.Core ClientOptions; its
    // constructor takes a ServiceVersion, left out: the adapter never makes one).
    public class BlobClientOptions : Azure.Core.ClientOptions
    {
        internal BlobClientOptions() => throw new NotSupportedException(Only);
    }
}

namespace Azure.Storage.Blobs.Specialized
{
    // §5; API (class). Declares the download and delete members BlobClient inherits.
    public class BlobBaseClient
    {
        protected BlobBaseClient() => throw new NotSupportedException(Only);

        // §5 ("DownloadContentAsync(CancellationToken cancellationToken)"). The (BlobDownloadOptions options = null,
        // CancellationToken) overload does not apply to a CancellationToken first argument.
        public virtual Task<Response<BlobDownloadResult>> DownloadContentAsync(CancellationToken cancellationToken) => throw new NotSupportedException(Only);

        public virtual Task<Response<bool>> DeleteIfExistsAsync(DeleteSnapshotsOption snapshotsOption = DeleteSnapshotsOption.None, BlobRequestConditions conditions = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException(Only);
    }
}

namespace Azure.Storage.Blobs.Models
{
    // §5 ("GetBlobsOptions has Traits, States and Prefix"); API (class, public parameterless constructor).
    public class GetBlobsOptions
    {
        public GetBlobsOptions() => throw new NotSupportedException(Only);
    }

    // §5 (".Value.Content is BinaryData"); API (class, no public constructor).
    public class BlobDownloadResult
    {
        internal BlobDownloadResult() => throw new NotSupportedException(Only);

        public BinaryData Content => throw new NotSupportedException(Only);
    }

    // The remaining types only appear in the signatures above. API: classes without a public constructor, except
    // BlobContainerEncryptionScopeOptions and BlobRequestConditions (public parameterless; BlobRequestConditions derives
    // from BlobLeaseRequestConditions, left out: the adapter never makes one).
    public class BlobItem
    {
        internal BlobItem() => throw new NotSupportedException(Only);
    }

    public class BlobContainerInfo
    {
        internal BlobContainerInfo() => throw new NotSupportedException(Only);
    }

    public class BlobContentInfo
    {
        internal BlobContentInfo() => throw new NotSupportedException(Only);
    }

    public class BlobContainerEncryptionScopeOptions
    {
        public BlobContainerEncryptionScopeOptions() => throw new NotSupportedException(Only);
    }

    public class BlobRequestConditions
    {
        public BlobRequestConditions() => throw new NotSupportedException(Only);
    }

    // API (values as the assembly has them).
    public enum PublicAccessType
    {
        None = 0,
        BlobContainer = 1,
        Blob = 2,
    }

    public enum DeleteSnapshotsOption
    {
        None = 0,
        IncludeSnapshots = 1,
        OnlySnapshots = 2,
    }
}
