using Crewline.Contracts.Common.V1;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Net.Client;

namespace Crewline.Ownership.Tests.Plan;

/// <summary>Projects for the plan and ledger tests, set up through the API on the collection's service.</summary>
public sealed class PlanProjects(OwnershipFixture fixture)
{
    public ServiceFactory<Program> Service => fixture.Service;

    /// <summary>
    /// A project in a fresh org (advertising, peers) with a PM (pm-alex, its creator), a producer
    /// (producer-sam) and a creative lead (creative-kim). The producer owns production-budget and
    /// vendor-invoices (the catalog's default) and has handed vendor-payments to the PM.
    /// </summary>
    public async Task<TestProject> NewProjectAsync()
    {
        var project = await ApiProject.CreateAsync(fixture.Service, IndustryPreset.Advertising, Hierarchy.Peers,
            new("pm-alex", ProjectRole.ProjectManager), new("producer-sam", ProjectRole.Producer), new("creative-kim", ProjectRole.CreativeLead));
        await project.Projects("producer-sam").ReassignOwnerAsync(new ChangeOwnerRequest
            { ProjectId = project.Id, FunctionKey = "vendor-payments", Owner = ProjectRole.ProjectManager });
        return new TestProject(await project.SetupDoneAsync());
    }

    public GrpcChannel Channel(string subject, Guid org) => Service.CreateChannel(Service.TokenFor(subject, org));

    public PlanService.PlanServiceClient Plan(TestProject project, string subject) => new(Channel(subject, project.OrgId));

    public LedgerService.LedgerServiceClient Ledger(TestProject project, string subject) => new(Channel(subject, project.OrgId));
}

/// <summary>A project of the plan tests: its org, id and people (token subject → person id).</summary>
public sealed record TestProject(ApiProject Project)
{
    public Guid OrgId => Project.OrgId;

    public Guid ProjectId => Project.ProjectId;

    public IReadOnlyDictionary<string, Guid> People => Project.People;

    /// <summary>The org's outbox rows committed after the project's setup.</summary>
    public Task<List<OutboxMessage>> EventsSinceSetupAsync() => Project.EventsSinceSetupAsync();
}
