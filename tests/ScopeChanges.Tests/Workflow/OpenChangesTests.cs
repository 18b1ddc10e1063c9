using Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Tests.Workflow;

[Collection(ScopeChangesCollection.Name)]
public sealed class OpenChangesTests(ScopeChangesFixture fixture)
{
    [Fact]
    public async Task The_orgs_open_changes_come_oldest_first_a_page_at_a_time_without_approved_or_ended_ones()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var oldest = await p.SubmitAsync("Oldest");
        var middle = await p.CombinedAsync("Middle");
        var newest = await p.SubmitAsync("Newest");
        await p.ApprovedAsync("Approved");
        var cancelled = await p.SubmitAsync("Cancelled");
        await p.Pm.CancelChangeRequestAsync(new CancelChangeRequestRequest { ChangeRequestId = cancelled.ChangeRequestId, Reason = "Withdrawn" });

        var first = await p.Pm.ListOpenChangeRequestsAsync(new ListOpenChangeRequestsRequest { PageSize = 2 });
        var second = await p.Pm.ListOpenChangeRequestsAsync(new ListOpenChangeRequestsRequest { PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal([oldest.ChangeRequestId, middle.ChangeRequestId], first.ChangeRequests.Select(c => c.ChangeRequestId));
        Assert.Equal([newest.ChangeRequestId], second.ChangeRequests.Select(c => c.ChangeRequestId));
        Assert.Equal("", second.NextPageToken);
        Assert.Empty((await p.Outsider.ListOpenChangeRequestsAsync(new ListOpenChangeRequestsRequest())).ChangeRequests);

        var byStatus = await p.Pm.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = p.Project.ToString(), Status = ChangeRequestStatus.Combined });
        Assert.Equal([middle.ChangeRequestId], byStatus.ChangeRequests.Select(c => c.ChangeRequestId));
    }
}
