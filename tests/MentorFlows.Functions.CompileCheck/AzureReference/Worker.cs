// Packages Microsoft.Azure.Functions.Worker(.Core) 2.52.0 and Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore
// 2.1.1: the members MentorFlows.Functions uses, nothing else (README.md here). "§n" is shared/azure-api-reference.md;
// "FW src/..." is Azure/azure-functions-dotnet-worker.
using Azure.Core.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using static MentorFlows.Functions.CompileCheck.Reference;

namespace Microsoft.Azure.Functions.Worker
{
    // §2 ("[Function("Name")] (FunctionAttribute)"), namespace Microsoft.Azure.Functions.Worker.
    // UNCONFIRMED: its FW source file was not found; sealed-ness and AttributeUsage(Method) are taken from how every
    // sample uses it (one [Function] per method), the constructor (string name) and Name from §2's usage.
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class FunctionAttribute : Attribute
    {
        public FunctionAttribute(string name) => throw new NotSupportedException(Only);

        public string Name => throw new NotSupportedException(Only);
    }

    // FW src/DotNetWorker.Core/Context/FunctionContext.cs (abstract; the two abstract members the adapter reads).
    public abstract class FunctionContext
    {
        public abstract IServiceProvider InstanceServices { get; set; }

        public abstract FunctionDefinition FunctionDefinition { get; }
    }

    // FW src/DotNetWorker.Core/Definition/FunctionDefinition.cs (abstract; "the unique function name").
    public abstract class FunctionDefinition
    {
        public abstract string Name { get; }
    }

    // §2 ("FunctionContext.GetLogger(string categoryName)"); FW src/DotNetWorker.Core/Context/FunctionContextLoggerExtensions.cs.
    // Its GetLogger<T>(this FunctionContext) is not applicable to a call without a type argument.
    public static class FunctionContextLoggerExtensions
    {
        public static ILogger GetLogger(this FunctionContext context, string categoryName) => throw new NotSupportedException(Only);
    }

    // FW src/DotNetWorker.Core/Hosting/WorkerOptions.cs (class; Serializer is Azure.Core's ObjectSerializer, nullable).
    public class WorkerOptions
    {
        public ObjectSerializer? Serializer { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }
    }
}

namespace Microsoft.Azure.Functions.Worker.Builder
{
    // §1 ("public static FunctionsApplicationBuilder CreateBuilder(string[] args)"); FW src/DotNetWorker/Builder/FunctionsApplication.cs.
    public class FunctionsApplication
    {
        public static FunctionsApplicationBuilder CreateBuilder(string[] args) => throw new NotSupportedException(Only);
    }

    // FW src/DotNetWorker/Builder/FunctionsApplicationBuilder.cs: a class (not sealed) with an internal constructor. The
    // real one also implements IHostApplicationBuilder and IFunctionsWorkerApplicationBuilder; the adapter uses it as
    // neither, so the interfaces are left out.
    public class FunctionsApplicationBuilder
    {
        internal FunctionsApplicationBuilder() => throw new NotSupportedException(Only);

        public ConfigurationManager Configuration => throw new NotSupportedException(Only);

        public IServiceCollection Services => throw new NotSupportedException(Only);

        public IHost Build() => throw new NotSupportedException(Only);
    }

    // §1 ("ONLY with Http.AspNetCore (ext. in Microsoft.Azure.Functions.Worker.Builder)"); FW
    // FunctionsApplicationBuilderAspNetCoreExtensions.cs in Worker.Extensions.Http.AspNetCore. Its overload
    // with an Action<IFunctionsWorkerApplicationBuilder> is not applicable to the adapter's call without arguments.
    public static class FunctionsApplicationBuilderAspNetCoreExtensions
    {
        public static FunctionsApplicationBuilder ConfigureFunctionsWebApplication(this FunctionsApplicationBuilder builder) => throw new NotSupportedException(Only);
    }
}
