using System.Reflection;
using Crewline.Contracts;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Grpc.Reflection;

namespace Crewline.Gateway.Reflection;

/// <summary>
/// gRPC server reflection at the gateway for every Crewline service (from the protos compiled
/// into Contracts), so grpcurl, Postman or any reflection-aware client discovers the whole API at
/// the one public address. Anonymous, like each service's own reflection: it describes the API,
/// never data.
/// </summary>
public static class SuiteReflection
{
    public static IServiceCollection AddSuiteReflection(this IServiceCollection services)
    {
        services.AddGrpc();
        services.AddSingleton(new ReflectionServiceImpl(SuiteServices()));
        return services;
    }

    public static IEndpointRouteBuilder MapSuiteReflection(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<ReflectionServiceImpl>().AllowAnonymous();
        return endpoints;
    }

    /// <summary>Every gRPC service declared in a <c>crewline.*</c> proto package.</summary>
    public static IReadOnlyList<ServiceDescriptor> SuiteServices() =>
        typeof(ResourceNames).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(FileDescriptor))
            .Select(p => (FileDescriptor)p!.GetValue(null)!)
            .SelectMany(file => file.Services)
            .Where(service => service.FullName.StartsWith("crewline.", StringComparison.Ordinal))
            .DistinctBy(service => service.FullName)
            .OrderBy(service => service.FullName, StringComparer.Ordinal)
            .ToList();
}
