using Crewline.TestSupport;
using Grpc.Core;
using OwnershipV1 = Crewline.Contracts.Ownership.V1;
using ReportingV1 = Crewline.Contracts.Reporting.V1;

namespace Crewline.EndToEnd.Tests;

/// <summary>
/// The foundation's end-to-end thread, all through the gateway over gRPC: a project created in
/// Ownership is published, consumed by Reporting into its own database, and read back there.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ProjectThreadTests(SuiteFixture suite)
{
    [Fact]
    public async Task Every_resource_of_the_suite_becomes_healthy_without_docker()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        foreach (var name in SuiteFixture.ResourceNamesToCheck)
        {
            var healthy = await suite.App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
            Assert.Equal(name, healthy.Resource.Name);
        }
    }

    [Fact]
    public async Task A_project_created_through_the_gateway_is_returned_by_reporting_through_the_gateway()
    {
        var org = Guid.NewGuid();
        var token = await suite.TokenAsync("pm-alex", org);
        using var channel = suite.GatewayChannel(token);
        var ownership = new OwnershipV1.OwnershipService.OwnershipServiceClient(channel);
        var reporting = new ReportingV1.ReportingService.ReportingServiceClient(channel);
        // The org's first person adds themself (its admin): reporting answers people of the org only.
        await new OwnershipV1.OrgService.OrgServiceClient(channel).AddPersonAsync(
            new OwnershipV1.AddPersonRequest { Name = "Alex", Email = "alex@example.com", Subject = "pm-alex" });

        var created = await ownership.CreateProjectAsync(new OwnershipV1.CreateProjectRequest
        {
            Name = "Autumn launch spot",
            Type = OwnershipV1.ProjectType.CommercialProduction,
        });
        Assert.Equal(org.ToString(), created.OrgId);
        Assert.Equal("pm-alex", created.CreatedBy);

        ReportingV1.ProjectSummary? summary = null;
        await Eventually.Until(async () =>
        {
            summary = await TryGetSummaryAsync(reporting, created.ProjectId);
            return summary is not null;
        });
        Assert.Equal("Autumn launch spot", summary!.Name);
        Assert.Equal("PROJECT_TYPE_COMMERCIAL_PRODUCTION", summary.ProjectType);
        Assert.Equal(org.ToString(), summary.OrgId);

        var portfolio = await reporting.GetPortfolioAsync(new ReportingV1.GetPortfolioRequest());
        Assert.Equal(1, portfolio.ProjectCount);
    }

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated()
    {
        using var channel = suite.GatewayChannel(token: null);
        var ownership = new OwnershipV1.OwnershipService.OwnershipServiceClient(channel);

        var error = await Assert.ThrowsAsync<RpcException>(() => ownership.CreateProjectAsync(new OwnershipV1.CreateProjectRequest
        {
            Name = "No token",
            Type = OwnershipV1.ProjectType.Film,
        }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task Another_orgs_token_gets_not_found_for_the_project_in_both_services()
    {
        var owner = await suite.TokenAsync("producer-sam", Guid.NewGuid());
        var stranger = await suite.TokenAsync("producer-kim", Guid.NewGuid());
        using var ownerChannel = suite.GatewayChannel(owner);
        using var strangerChannel = suite.GatewayChannel(stranger);
        await new OwnershipV1.OrgService.OrgServiceClient(ownerChannel).AddPersonAsync(
            new OwnershipV1.AddPersonRequest { Name = "Sam", Email = "sam@example.com", Subject = "producer-sam" });
        var created = await new OwnershipV1.OwnershipService.OwnershipServiceClient(ownerChannel)
            .CreateProjectAsync(new OwnershipV1.CreateProjectRequest { Name = "Private shoot", Type = OwnershipV1.ProjectType.ContentShoot });
        var ownerReporting = new ReportingV1.ReportingService.ReportingServiceClient(ownerChannel);
        await Eventually.Until(async () => await TryGetSummaryAsync(ownerReporting, created.ProjectId) is not null);

        var fromOwnership = await Assert.ThrowsAsync<RpcException>(() => new OwnershipV1.OwnershipService.OwnershipServiceClient(strangerChannel)
            .GetProjectAsync(new OwnershipV1.GetProjectRequest { ProjectId = created.ProjectId }).ResponseAsync);
        var fromReporting = await Assert.ThrowsAsync<RpcException>(() => new ReportingV1.ReportingService.ReportingServiceClient(strangerChannel)
            .GetProjectSummaryAsync(new ReportingV1.GetProjectSummaryRequest { ProjectId = created.ProjectId }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, fromOwnership.StatusCode);
        Assert.Equal(StatusCode.NotFound, fromReporting.StatusCode);
    }

    private static async Task<ReportingV1.ProjectSummary?> TryGetSummaryAsync(ReportingV1.ReportingService.ReportingServiceClient reporting, string projectId)
    {
        try
        {
            return await reporting.GetProjectSummaryAsync(new ReportingV1.GetProjectSummaryRequest { ProjectId = projectId });
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied) // not there yet: project or person
        {
            return null;
        }
    }
}
