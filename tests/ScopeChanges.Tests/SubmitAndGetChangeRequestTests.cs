using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.ScopeChanges.Tests;

[Collection(ScopeChangesCollection.Name)]
public sealed class SubmitAndGetChangeRequestTests(ScopeChangesFixture fixture)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(2);

    private static SubmitChangeRequestRequest Submitting(Guid project, string title = "Add a 15 s cut-down", string description = "The client wants a 15 s version for social.", string key = "") =>
        new() { ProjectId = project.ToString(), Title = title, Description = description, IdempotencyKey = key };

    [Fact]
    public async Task A_project_becomes_known_from_a_published_ProjectCreated_and_only_then_accepts_change_requests_from_its_members()
    {
        var (org, client) = fixture.NewOrgCaller();
        await fixture.Members.PersonAsync(org, "pm-alex");
        var created = ScopeChangesFixture.NewProjectCreated(org, name: "Autumn campaign");

        await RpcAssert.FailsWith(StatusCode.NotFound, () => client.SubmitChangeRequestAsync(Submitting(created.ProjectId)).ResponseAsync);
        Assert.Empty(await fixture.ChangeRequestsOfAsync(org));

        await fixture.PublishProjectAsync(created);

        var known = Assert.Single(await fixture.KnownProjectsOfAsync(org));
        Assert.Equal((created.ProjectId, org, "Autumn campaign", "PROJECT_TYPE_CAMPAIGN_DEVELOPMENT"), (known.ProjectId, known.OrgId, known.Name, known.ProjectType));
        // A person of the org who is not on the project yet is refused, and nothing is stored.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => client.SubmitChangeRequestAsync(Submitting(created.ProjectId)).ResponseAsync);
        Assert.Empty(await fixture.ChangeRequestsOfAsync(org));

        await fixture.Members.MemberAsync(org, created.ProjectId, "pm-alex", MembershipNames.ProjectManager);
        await client.SubmitChangeRequestAsync(Submitting(created.ProjectId));
        Assert.Single(await fixture.ChangeRequestsOfAsync(org));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-1")]
    public async Task R_SCOPE_1_a_submitted_request_awaits_assessment_is_stored_and_ScopeChangeRequested_is_published_with_its_ids()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(ScopeChangeRequested)));
        var (org, client) = fixture.NewOrgCaller("producer-sam");
        var project = await fixture.KnownProjectAsync(org);

        var submitted = await client.SubmitChangeRequestAsync(Submitting(project, "  Add a 15 s cut-down  "));

        Assert.True(Guid.TryParse(submitted.ChangeRequestId, out var id) && id != Guid.Empty);
        Assert.Equal(project.ToString(), submitted.ProjectId);
        Assert.Equal(org.ToString(), submitted.OrgId);
        Assert.Equal("Add a 15 s cut-down", submitted.Title);
        Assert.Equal("The client wants a 15 s version for social.", submitted.Description);
        Assert.Equal(ChangeRequestStatus.Requested, submitted.Status);
        Assert.Equal("producer-sam", submitted.SubmittedBy);
        Assert.NotNull(submitted.SubmittedAt);

        Assert.Equal(id, Assert.Single(await fixture.ChangeRequestsOfAsync(org)).Id);
        var outbox = Assert.Single(await fixture.OutboxOfAsync(org));
        Assert.Equal("Crewline.Contracts.Events.ScopeChanges.ScopeChangeRequested, Crewline.Contracts", outbox.MessageType);

        await Eventually.Until(async () => (await probe.DrainAsync()).Any(m => m["changeRequestId"] == submitted.ChangeRequestId), DeliveryTimeout);
        var message = Assert.Single(await probe.DrainAsync(), m => m["changeRequestId"] == submitted.ChangeRequestId);
        Assert.Equal(outbox.Id, Guid.Parse(message.MessageId!));
        Assert.Equal(org.ToString(), message["orgId"]);
        Assert.Equal(project.ToString(), message["projectId"]);
        Assert.Equal("Add a 15 s cut-down", message["title"]);
        Assert.Equal("producer-sam", message["submittedBy"]);
    }

    [Fact]
    public async Task GetChangeRequest_returns_the_submitted_request_and_the_empty_description_is_allowed()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);

        var submitted = await client.SubmitChangeRequestAsync(Submitting(project, description: ""));

        Assert.Equal("", submitted.Description);
        Assert.Equal(submitted, await client.GetChangeRequestAsync(new GetChangeRequestRequest { ChangeRequestId = submitted.ChangeRequestId }));
    }

    [Fact]
    public async Task A_description_of_exactly_4000_characters_is_accepted()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);

        var submitted = await client.SubmitChangeRequestAsync(Submitting(project, new string('t', 200), new string('d', 4000)));

        Assert.Equal(4000, submitted.Description.Length);
        Assert.Equal(4000, Assert.Single(await fixture.ChangeRequestsOfAsync(org)).Description.Length);
    }

    public static TheoryData<string, string, string> InvalidRequests => new()
    {
        { "", "", "title" },
        { "   ", "", "title" },
        { new string('t', 201), "", "title" },
        { "Add a cut-down", new string('d', 4001), "description" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task SubmitChangeRequest_with_bad_input_is_InvalidArgument_naming_the_field_and_stores_nothing(string title, string description, string field)
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);

        await RpcAssert.InvalidArgumentOn(field, () => client.SubmitChangeRequestAsync(Submitting(project, title, description)).ResponseAsync);

        Assert.Empty(await fixture.ChangeRequestsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task SubmitChangeRequest_reports_every_bad_field_at_once()
    {
        var (_, client) = fixture.NewOrgCaller();

        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => client.SubmitChangeRequestAsync(new SubmitChangeRequestRequest
        {
            ProjectId = "not-a-uuid", Title = "", Description = new string('d', 4001), IdempotencyKey = new string('k', 101),
        }).ResponseAsync);

        var fields = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field);
        Assert.Equal(["project_id", "title", "description", "idempotency_key"], fields);
    }

    [Fact]
    public async Task Malformed_ids_are_InvalidArgument_on_the_id_field()
    {
        var (org, client) = fixture.NewOrgCaller();

        await RpcAssert.InvalidArgumentOn("project_id", () => client.SubmitChangeRequestAsync(Submitting(Guid.Empty)).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("change_request_id", () =>
            client.GetChangeRequestAsync(new GetChangeRequestRequest { ChangeRequestId = "not-a-uuid" }).ResponseAsync);
        Assert.Empty(await fixture.ChangeRequestsOfAsync(org));
    }

    [Fact]
    public async Task An_unknown_project_or_change_request_is_NotFound_and_nothing_is_stored()
    {
        var (org, client) = fixture.NewOrgCaller();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => client.SubmitChangeRequestAsync(Submitting(Guid.NewGuid())).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            client.GetChangeRequestAsync(new GetChangeRequestRequest { ChangeRequestId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Empty(await fixture.ChangeRequestsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task Another_orgs_project_and_change_requests_are_NotFound_and_nothing_is_stored()
    {
        var (ownerOrg, owner) = fixture.NewOrgCaller();
        var (strangerOrg, stranger) = fixture.NewOrgCaller("stranger");
        var project = await fixture.KnownProjectAsync(ownerOrg);
        var submitted = await owner.SubmitChangeRequestAsync(Submitting(project));

        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.SubmitChangeRequestAsync(Submitting(project)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            stranger.GetChangeRequestAsync(new GetChangeRequestRequest { ChangeRequestId = submitted.ChangeRequestId }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            stranger.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = project.ToString() }).ResponseAsync);

        Assert.Single(await fixture.ChangeRequestsOfAsync(ownerOrg));
        Assert.Single(await fixture.OutboxOfAsync(ownerOrg));
        Assert.Empty(await fixture.ChangeRequestsOfAsync(strangerOrg));
        Assert.Empty(await fixture.OutboxOfAsync(strangerOrg));
    }

    [Fact]
    public async Task Calls_without_a_token_are_Unauthenticated_and_submit_nothing()
    {
        var (org, owner) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var submitted = await owner.SubmitChangeRequestAsync(Submitting(project));
        var anonymous = fixture.Client(token: null);

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => anonymous.SubmitChangeRequestAsync(Submitting(project)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            anonymous.GetChangeRequestAsync(new GetChangeRequestRequest { ChangeRequestId = submitted.ChangeRequestId }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            anonymous.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = project.ToString() }).ResponseAsync);

        Assert.Single(await fixture.ChangeRequestsOfAsync(org));
        Assert.Single(await fixture.OutboxOfAsync(org));
    }
}
