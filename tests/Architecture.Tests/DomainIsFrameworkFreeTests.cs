using Google.Protobuf;
using NetArchTest.Rules;

namespace Crewline.Architecture.Tests;

/// <summary>Every service's <c>Domain</c> namespace is plain C#: no persistence, messaging or RPC framework, no generated proto types.</summary>
public sealed class DomainIsFrameworkFreeTests
{
    private static readonly string[] Frameworks =
        ["Microsoft.EntityFrameworkCore", "Npgsql", "MassTransit", "Grpc", "Google.Protobuf", "Google.Rpc", "Google.Api", "Microsoft.AspNetCore"];

    /// <summary>The namespaces of the types generated from the protos (e.g. <c>Crewline.Contracts.Ownership.V1</c>).</summary>
    private static readonly string[] GeneratedProtoNamespaces = typeof(Contracts.ResourceNames).Assembly.GetTypes()
        .Where(t => typeof(IMessage).IsAssignableFrom(t) && t.Namespace is not null)
        .Select(t => t.Namespace!).Distinct().Order().ToArray();

    public static TheoryData<string> ServicesWithADomain => ["Ownership", "ScopeChanges", "ClientComms", "Reporting"];

    [Fact]
    public void The_generated_proto_namespaces_are_found() =>
        Assert.Contains("Crewline.Contracts.Ownership.V1", GeneratedProtoNamespaces);

    [Theory]
    [MemberData(nameof(ServicesWithADomain))]
    public void A_services_domain_depends_on_no_framework_and_no_generated_proto_type(string name)
    {
        var service = Service.Named(name);
        var domain = Types.InAssembly(service.Assembly).That().ResideInNamespace($"{service.Namespace}.Domain");
        Assert.NotEmpty(domain.GetTypes()); // a renamed Domain namespace must not pass by selecting nothing

        var result = domain.ShouldNot().HaveDependencyOnAny([.. Frameworks, .. GeneratedProtoNamespaces]).GetResult();

        Assert.True(result.IsSuccessful,
            $"{name}'s Domain depends on a framework or a generated proto type: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
