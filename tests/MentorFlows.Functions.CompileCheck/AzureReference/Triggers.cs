// The binding attributes MentorFlows.Functions puts on parameters, all in namespace Microsoft.Azure.Functions.Worker
// (§2, §3: shared/azure-api-reference.md), from the packages Microsoft.Azure.Functions.Worker.Extensions.DurableTask
// 1.19.1 (DE src/Worker.Extensions.DurableTask: Azure/azure-functions-durable-extension), .Http 3.3.0, .Timer 4.3.1 and
// .Storage.Blobs 6.8.2 (FW extensions/*/src: Azure/azure-functions-dotnet-worker). Nothing else (README.md here).
//
// The real attributes derive from TriggerBindingAttribute or InputBindingAttribute (namespace
// Microsoft.Azure.Functions.Worker.Extensions.Abstractions), which the adapter never names, so those bases are left
// out and their attribute target is stated on each class: AttributeTargets.Parameter, as FW
// extensions/Worker.Extensions.Abstractions/src/InputBindingAttribute.cs has it for DurableClient.
// UNCONFIRMED for the five triggers: the only copy of TriggerBindingAttribute found is a preview version; Parameter is
// where every trigger in §2 and §3 sits.
using static MentorFlows.Functions.CompileCheck.Reference;

namespace Microsoft.Azure.Functions.Worker;

// §2 ("Use only on a TaskOrchestrationContext parameter"); DE src/Worker.Extensions.DurableTask/OrchestrationTriggerAttribute.cs (sealed).
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OrchestrationTriggerAttribute : Attribute
{
}

// §2 ("The name defaults to the [Function] name"); DE src/Worker.Extensions.DurableTask/ActivityTriggerAttribute.cs (sealed).
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ActivityTriggerAttribute : Attribute
{
}

// §2 ("DurableClientAttribute : InputBindingAttribute"); DE src/Worker.Extensions.DurableTask/DurableClientAttribute.cs (sealed).
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class DurableClientAttribute : Attribute
{
}

// §3 HTTP; FW, HttpTriggerAttribute.cs in Worker.Extensions.Http (sealed). Of its four constructors only
// (AuthorizationLevel, params string[]) is applicable to the adapter's (level, "method") arguments.
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class HttpTriggerAttribute : Attribute
{
    public HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods) => throw new NotSupportedException(Only);

    public string? Route { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }
}

// §3 HTTP ("Anonymous = 0, User = 1, Function = 2, System = 3, Admin = 4"); the adapter uses Anonymous and Function.
public enum AuthorizationLevel
{
    Anonymous = 0,
    User = 1,
    Function = 2,
    System = 3,
    Admin = 4,
}

// §3 Blob (sealed; constructor (string blobPath); Connection and Source settable).
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class BlobTriggerAttribute : Attribute
{
    public BlobTriggerAttribute(string blobPath) => throw new NotSupportedException(Only);

    public string? Connection { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }

    public BlobTriggerSource Source { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }
}

// §3 Blob ("enum BlobTriggerSource { LogsAndContainerScan, EventGrid }").
public enum BlobTriggerSource
{
    LogsAndContainerScan,
    EventGrid,
}

// §3 Timer (sealed; constructor (string schedule)).
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class TimerTriggerAttribute : Attribute
{
    public TimerTriggerAttribute(string schedule) => throw new NotSupportedException(Only);
}

// §3 Timer ("public class TimerInfo"); the adapter binds it and reads nothing from it.
public class TimerInfo
{
}
