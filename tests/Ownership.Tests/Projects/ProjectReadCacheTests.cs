using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Access;
using Crewline.Ownership.Infrastructure;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests.Projects;

/// <summary>
/// Project reads are answered from <see cref="ProjectReadCache"/> (docs/ARCHITECTURE.md, "Reading a
/// project"): a cached read never returns another org's project and always reflects the last
/// committed write, the caller's own at once.
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class ProjectReadCacheTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task A_cached_project_is_never_answered_to_another_org_even_to_a_caller_with_the_same_subject_and_role()
    {
        var a = await ProjectScenario.StartAsync(fixture);
        var b = await ProjectScenario.StartAsync(fixture); // another org, the same subjects ("pm" is PM of b's project)
        var aDetail = await a.Projects("pm").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = a.ProjectId });
        await a.Projects("pm").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = a.ProjectId }); // now cached

        var bPm = b.Projects("pm");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => bPm.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = a.ProjectId }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => bPm.GetMatrixAsync(new GetMatrixRequest { ProjectId = a.ProjectId }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => b.Ownership("pm").GetProjectAsync(new GetProjectRequest { ProjectId = a.ProjectId }).ResponseAsync);

        var bDetail = await bPm.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = b.ProjectId });
        Assert.Equal(b.Org.ToString(), bDetail.Project.OrgId);
        Assert.Equal(b.ProjectId, bDetail.Project.ProjectId);
        Assert.Contains(bDetail.Members, m => m.PersonId == b.Producer.PersonId);
        Assert.DoesNotContain(bDetail.Members, m => m.PersonId == a.Producer.PersonId);
        Assert.Equal(aDetail, await a.Projects("pm").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = a.ProjectId }));

        // The entry itself is keyed by org: asked for under another org, even at the right version, it is not there.
        var version = Assert.Single(await fixture.ProjectsOfAsync(a.Org)).Version;
        var cache = fixture.Service.Services.GetRequiredService<ProjectReadCache>();
        Assert.NotNull(cache.Find(a.Org, Guid.Parse(a.ProjectId), version));
        Assert.Null(cache.Find(b.Org, Guid.Parse(a.ProjectId), version));
    }

    [Fact]
    public async Task A_cached_read_reflects_each_of_the_callers_own_writes_immediately()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var pm = s.Projects("pm");
        var read = () => pm.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId }).ResponseAsync;
        Assert.Null((await read()).Cadence);

        await pm.SetCadenceAsync(new SetCadenceRequest { ProjectId = s.ProjectId, Frequency = CadenceFrequency.Daily, Note = "stand-up" });
        Assert.Equal(CadenceFrequency.Daily, (await read()).Cadence.Frequency);

        await pm.SetCadenceAsync(new SetCadenceRequest { ProjectId = s.ProjectId, Frequency = CadenceFrequency.TwiceWeekly });
        Assert.Equal(CadenceFrequency.TwiceWeekly, (await read()).Cadence.Frequency);

        await pm.AddMemberAsync(new AddMemberRequest { ProjectId = s.ProjectId, PersonId = s.Outsider.PersonId, Role = ProjectRole.Leadership });
        Assert.Contains((await read()).Members, m => m.PersonId == s.Outsider.PersonId);
        // The new member's own first read sees the project they were just added to.
        await s.Projects("outsider").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId });

        await pm.RemoveRoleAsync(new RemoveRoleRequest { ProjectId = s.ProjectId, PersonId = s.Outsider.PersonId, Role = ProjectRole.Leadership });
        Assert.DoesNotContain((await read()).Members, m => m.PersonId == s.Outsider.PersonId);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            () => s.Projects("outsider").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId }).ResponseAsync);

        var matrix = await pm.GetMatrixAsync(new GetMatrixRequest { ProjectId = s.ProjectId });
        var row = matrix.Rows.First(r => !r.Owners.Contains(ProjectRole.CreativeLead) && !r.IsShared);
        await pm.ReassignOwnerAsync(new ChangeOwnerRequest { ProjectId = s.ProjectId, FunctionKey = row.FunctionKey, Owner = ProjectRole.CreativeLead });
        var after = await pm.GetMatrixAsync(new GetMatrixRequest { ProjectId = s.ProjectId });
        Assert.Equal([ProjectRole.CreativeLead], after.Rows.Single(r => r.FunctionKey == row.FunctionKey).Owners);
    }

    [Fact]
    public async Task A_write_this_process_never_saw_is_read_at_once_because_the_cache_is_keyed_by_the_row_version()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var ownership = s.Ownership("pm");
        Assert.Equal("Winter launch spot", (await ownership.GetProjectAsync(new GetProjectRequest { ProjectId = s.ProjectId })).Name);

        // As another replica would: straight to the database, no word to this process's cache.
        await fixture.Service.InScopeAsync(s.Org, sp => sp.GetRequiredService<OwnershipDbContext>().Database
            .ExecuteSqlAsync($"UPDATE projects SET name = 'Renamed elsewhere' WHERE id = {Guid.Parse(s.ProjectId)}"));

        Assert.Equal("Renamed elsewhere", (await ownership.GetProjectAsync(new GetProjectRequest { ProjectId = s.ProjectId })).Name);
        Assert.Equal("Renamed elsewhere", (await s.Projects("pm").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId })).Project.Name);
    }
}
