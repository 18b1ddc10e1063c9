using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Plan;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests.Plan;

[Collection(OwnershipCollection.Name)]
public sealed class PlanPersistenceTests(OwnershipFixture fixture)
{
    private readonly PlanProjects _plans = new(fixture);

    [Fact]
    public async Task Two_writers_of_one_plan_version_cannot_both_commit_even_when_they_change_only_items()
    {
        var project = await _plans.NewProjectAsync();
        var item = await _plans.Plan(project, "producer-sam").AddPlanItemAsync(new AddPlanItemRequest
        {
            ProjectId = project.ProjectId.ToString(), Kind = PlanItemKind.Milestone, OwnerRole = ProjectRole.Producer, Title = "Shoot",
            Start = new Google.Type.Date { Year = 2027, Month = 6, Day = 1 }, Due = new Google.Type.Date { Year = 2027, Month = 6, Day = 2 },
        });
        var itemId = Guid.Parse(item.ItemId);
        var producer = project.People["producer-sam"];
        var ownership = await project.Project.StoredAsync();

        await using var first = _plans.Service.Services.CreateAsyncScope();
        await using var second = _plans.Service.Services.CreateAsyncScope();
        first.ServiceProvider.GetRequiredService<TenantContext>().Set(project.OrgId);
        second.ServiceProvider.GetRequiredService<TenantContext>().Set(project.OrgId);
        var plans1 = first.ServiceProvider.GetRequiredService<PlanStore>();
        var plans2 = second.ServiceProvider.GetRequiredService<PlanStore>();
        var plan1 = (await plans1.FindAsync(project.ProjectId, CancellationToken.None))!;
        var plan2 = (await plans2.FindAsync(project.ProjectId, CancellationToken.None))!;

        plan1.ChangeStatus(ownership, producer, itemId, Domain.Plan.PlanItemStatus.InProgress);
        plans1.Stage(plan1, "producer-sam");
        await plans1.SaveAsync(CancellationToken.None);
        plan2.ChangeStatus(ownership, producer, itemId, Domain.Plan.PlanItemStatus.Done);
        plans2.Stage(plan2, "producer-sam");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => plans2.SaveAsync(CancellationToken.None));
        var stored = await _plans.Plan(project, "pm-alex").GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() });
        Assert.Equal(PlanItemStatus.InProgress, stored.Items.Single().Status);
    }

    [Fact]
    public async Task The_plan_is_served_over_REST_and_due_before_start_answers_400_naming_due()
    {
        var project = await _plans.NewProjectAsync();
        var http = _plans.Service.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            _plans.Service.Services.GetRequiredService<DevTokenIssuer>().Issue("pm-alex", project.OrgId));
        var url = $"/v1/ownership/projects/{project.ProjectId}/plan/items";

        var created = await http.PostAsJsonAsync(url, new
        {
            kind = "PLAN_ITEM_KIND_MILESTONE", ownerRole = "PROJECT_ROLE_PROJECT_MANAGER", title = "Concept presentation",
            start = new { year = 2027, month = 4, day = 3 }, due = new { year = 2027, month = 4, day = 3 },
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var bad = await http.PostAsJsonAsync(url, new
        {
            kind = "PLAN_ITEM_KIND_MILESTONE", ownerRole = "PROJECT_ROLE_PROJECT_MANAGER", title = "Revisions",
            start = new { year = 2027, month = 4, day = 9 }, due = new { year = 2027, month = 4, day = 8 },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"due\"", await bad.Content.ReadAsStringAsync());

        var plan = await http.GetStringAsync($"/v1/ownership/projects/{project.ProjectId}/plan");
        Assert.Contains("Concept presentation", plan);
        Assert.DoesNotContain("Revisions", plan);

        var openApi = await _plans.Service.CreateClient().GetStringAsync("/openapi/v1.json");
        var paths = System.Text.Json.Nodes.JsonNode.Parse(openApi)!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains(paths, p => p.EndsWith("/plan/items", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("/ledger/invoice-aging", StringComparison.Ordinal));
    }
}
