using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Reporting.Tests.Portfolio;

/// <summary>R-ORG-6: the org-design view computed from Reporting's own live portfolio, explained by its inputs.</summary>
[Collection(ReportingCollection.Name)]
public sealed class OrgDesignViewTests(ReportingFixture fixture)
{
    private readonly ProjectionDriver driver = new(fixture);

    [Fact]
    [Trait("Rule", "R-ORG-6")]
    public async Task R_ORG_6_the_org_design_view_counts_the_running_productions_and_says_which_inputs_drove_the_advice()
    {
        var org = Guid.NewGuid();
        await driver.AdminOfAsync(org);
        var findings = new FindingsService.FindingsServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("ops-lee", org)));
        var at = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var films = Enumerable.Range(1, 5).Select(i => ReportingFixture.NewProjectCreated(org, $"Film {i}", at.AddDays(i))).ToList();
        var brand = ReportingFixture.NewProjectCreated(org, "Brand", at) with { ProjectType = "PROJECT_TYPE_BRAND_IDENTITY" };
        var kickoffOnly = ReportingFixture.NewProjectCreated(org, "Still in kickoff", at);
        var closed = ReportingFixture.NewProjectCreated(org, "Closed film", at);
        var events = new List<object> { new OrgProfileConfigured(org, "Harbour Films", "INDUSTRY_PRESET_FILM_TV_CONTENT", "ops-lee", at) };
        events.AddRange([.. films, brand, kickoffOnly, closed]);
        events.AddRange(films.Append(brand).Append(closed).Select(p => new ProjectStarted(org, p.ProjectId, Guid.NewGuid(), at.AddDays(10))));
        events.Add(new ProjectClosed(org, closed.ProjectId, Guid.NewGuid(), at.AddDays(40)));
        await driver.PublishAsync(events);

        var view = await findings.GetOrgDesignAsync(new GetOrgDesignRequest());

        Assert.Equal((6, 5, 1), (view.ConcurrentProductions, view.ProductionHeavy, view.FlowHeavy));
        Assert.Equal(films.Append(brand).Select(p => p.ProjectId.ToString()).Order(), view.CountedProjectIds.Order());
        Assert.Equal(Own.ExternalProductionIntensity.High, view.Advice.Intensity);
        Assert.True(view.Advice.Borderline); // 6 concurrent productions: the 4–6 zone (R-ORG-5)
        Assert.Contains(view.Advice.Reasons, r => r.Contains("6 active projects", StringComparison.Ordinal));
        Assert.Contains(view.Advice.Reasons, r => r.Contains("R-ORG-5", StringComparison.Ordinal));
        Assert.Equal(Own.OneRoleTitle.Unspecified, view.Advice.OneRoleTitle); // high intensity: no single-role advice
    }

    [Fact]
    public async Task Another_orgs_caller_sees_their_own_org_only_and_a_stranger_is_refused()
    {
        var org = Guid.NewGuid();
        await driver.AdminOfAsync(org);
        var start = ReportingFixture.NewProjectCreated(org, "Running");
        await driver.PublishAsync([start, new ProjectStarted(org, start.ProjectId, Guid.NewGuid(), start.CreatedAt.AddDays(1))]);
        var other = Guid.NewGuid();
        await driver.AdminOfAsync(other, "ops-other");

        var theirs = await new FindingsService.FindingsServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("ops-other", other)))
            .GetOrgDesignAsync(new GetOrgDesignRequest());

        Assert.Equal(0, theirs.ConcurrentProductions);
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.PermissionDenied, () =>
            new FindingsService.FindingsServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("nobody", org)))
                .GetOrgDesignAsync(new GetOrgDesignRequest()).ResponseAsync);
    }
}
