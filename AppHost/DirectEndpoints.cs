using Crewline.Contracts;
using Microsoft.Extensions.Configuration;

namespace Crewline.AppHost;

/// <summary>
/// Every project binds its own ports: no Aspire endpoint proxy in front of a service. A project
/// that died and is started again (dashboard Start, <c>aspire resource … start</c>) listens on the
/// same ports at once, so the gateway and the health checks find it again; behind Aspire's proxy a
/// restarted project came back on new ports the proxy did not follow. It also takes one hop out of
/// every call.
/// <para>
/// The ports are each project's <c>Kestrel:Endpoints</c> in its appsettings.json (gateway
/// 5100/5101, services 5110–5141, dashboard 5150/5151), or, when <c>Crewline:ProjectPortBase</c> is set (tests),
/// consecutive ports from there: two per project in the order of <see cref="ProjectOrder"/>.
/// </para>
/// </summary>
public static class DirectEndpoints
{
    public const string PortBaseSetting = "Crewline:ProjectPortBase";

    /// <summary>The projects in the order their ports follow <c>Crewline:ProjectPortBase</c>.</summary>
    public static IReadOnlyList<string> ProjectOrder { get; } =
        [ResourceNames.Gateway, .. ResourceNames.Services.Select(s => s.Service), ResourceNames.Dashboard];

    /// <summary>How many ports <c>Crewline:ProjectPortBase</c> must leave free from itself on.</summary>
    public static int PortsNeeded => ProjectOrder.Count * 2;

    public static IResourceBuilder<ProjectResource> WithDirectEndpoints(this IResourceBuilder<ProjectResource> project)
    {
        var portBase = project.ApplicationBuilder.Configuration.GetValue<int?>(PortBaseSetting);
        var index = ProjectOrder.ToList().IndexOf(project.Resource.Name);
        if (index < 0) throw new InvalidOperationException($"{project.Resource.Name} has no place in {nameof(ProjectOrder)}.");
        string[] endpoints = [ResourceNames.HttpEndpoint, ResourceNames.GrpcEndpoint];
        for (var i = 0; i < endpoints.Length; i++)
        {
            var offset = index * 2 + i;
            project.WithEndpoint(endpoints[i], endpoint =>
            {
                endpoint.IsProxied = false;
                if (portBase is { } first) endpoint.Port = first + offset;
                endpoint.TargetPort = endpoint.Port;
            }, createIfNotExists: false);
        }
        return project;
    }
}
