using Crewline.Contracts.Common.V1;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Net.Client;

namespace Crewline.Ownership.Tests.Decisions;

/// <summary>Projects for the decision and crisis tests, set up through the API on the collection's service.</summary>
public static class DecisionProjects
{
    /// <summary>A project in a fresh org with a PM (its creator), a producer, a creative lead and a leader (head of production).</summary>
    public static async Task<TestProject> CreateAsync(
        OwnershipFixture fixture, IndustryPreset preset = IndustryPreset.Advertising, Hierarchy hierarchy = Hierarchy.Peers, bool bothHats = false)
    {
        ApiProject.Member pm = bothHats
            ? new("pm", ProjectRole.ProjectManager, ProjectRole.Producer)
            : new("pm", ProjectRole.ProjectManager);
        ApiProject.Member[] others = bothHats
            ? [new("creative-lead", ProjectRole.CreativeLead), new("leader", ProjectRole.Leadership)]
            : [new("producer", ProjectRole.Producer), new("creative-lead", ProjectRole.CreativeLead), new("leader", ProjectRole.Leadership)];
        var project = await ApiProject.CreateAsync(fixture.Service, preset, hierarchy, [pm, .. others]);
        var people = project.People;
        return new TestProject(project, people["pm"], bothHats ? people["pm"] : people["producer"], people["creative-lead"], people["leader"]);
    }
}

/// <summary>A project and clients acting as its members (or anyone else of its org, or another org).</summary>
public sealed record TestProject(ApiProject Project, Guid Pm, Guid Producer, Guid CreativeLead, Guid Leader)
{
    public ServiceFactory<Program> Host => Project.Service;

    public Guid Org => Project.OrgId;

    public string Id => Project.Id;

    public DecisionService.DecisionServiceClient Decisions(string subject, Guid? org = null) => new(Channel(subject, org));

    public CrisisService.CrisisServiceClient Crises(string subject, Guid? org = null) => new(Channel(subject, org));

    /// <summary>The org's outbox rows committed after the project's setup.</summary>
    public Task<List<OutboxMessage>> EventsSinceSetupAsync() => Project.EventsSinceSetupAsync();

    private GrpcChannel Channel(string subject, Guid? org) => Host.CreateChannel(Host.TokenFor(subject, org ?? Org));
}
