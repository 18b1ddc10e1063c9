using System.Xml.Linq;
using NetArchTest.Rules;

namespace Crewline.Architecture.Tests;

/// <summary>A service never references another service: only Contracts, BuildingBlocks and ServiceDefaults.</summary>
public sealed class ServicesStayApartTests
{
    [Theory]
    [MemberData(nameof(Service.Names), MemberType = typeof(Service))]
    public void A_services_project_references_no_other_service(string name)
    {
        var project = Path.Combine(RepositoryRoot(), "src", name, $"{name}.csproj");
        var referenced = XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        Assert.Empty(referenced.Intersect(Service.All.Select(s => s.Name)));
    }

    [Theory]
    [MemberData(nameof(Service.Names), MemberType = typeof(Service))]
    public void A_services_assembly_uses_no_type_of_another_service(string name)
    {
        var service = Service.Named(name);
        var others = Service.All.Where(s => s != service).ToList();

        var assemblies = service.Assembly.GetReferencedAssemblies().Select(a => a.Name).ToHashSet();
        Assert.DoesNotContain(others, o => assemblies.Contains(o.Assembly.GetName().Name));
        var result = Types.InAssembly(service.Assembly)
            .ShouldNot().HaveDependencyOnAny(others.Select(o => $"{o.Namespace}.").ToArray()).GetResult();
        Assert.True(result.IsSuccessful, $"{name} uses types of another service: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new InvalidOperationException("Platform.sln not found above the test's directory.");
    }
}
