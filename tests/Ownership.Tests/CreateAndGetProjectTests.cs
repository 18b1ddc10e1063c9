using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Ownership.Tests;

[Collection(OwnershipCollection.Name)]
public sealed class CreateAndGetProjectTests(OwnershipFixture fixture)
{
    public static TheoryData<string, int, string> InvalidRequests => new()
    {
        { "", (int)ProjectType.Film, "name" },
        { "   ", (int)ProjectType.Film, "name" },
        { new string('n', 201), (int)ProjectType.Film, "name" },
        { "Winter spot", 0, "type" },
        { "Winter spot", 99, "type" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task CreateProject_with_bad_input_is_InvalidArgument_naming_the_field_and_stores_no_project_and_no_event(
        string name, int type, string field)
    {
        var (org, client) = fixture.NewOrgCaller();

        await RpcAssert.InvalidArgumentOn(field, () => client.CreateProjectAsync(
            new CreateProjectRequest { Name = name, Type = (ProjectType)type }).ResponseAsync);

        Assert.Empty(await fixture.ProjectsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task CreateProject_reports_every_bad_field_at_once()
    {
        var (org, client) = fixture.NewOrgCaller();

        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => client.CreateProjectAsync(
            new CreateProjectRequest { Name = "", Type = ProjectType.Unspecified, IdempotencyKey = new string('k', 101) }).ResponseAsync);

        var fields = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field);
        Assert.Equal(["name", "type", "idempotency_key"], fields);
        Assert.Empty(await fixture.ProjectsOfAsync(org));
    }

    [Fact]
    public async Task A_new_project_id_is_an_RFC_9562_version_7_UUID()
    {
        var (_, client) = fixture.NewOrgCaller();

        var created = await client.CreateProjectAsync(new CreateProjectRequest { Name = "Spring spot", Type = ProjectType.Film });

        var text = created.ProjectId.ToLowerInvariant();
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", text); // version 7, variant 10xx
        Assert.Equal(7, Guid.Parse(text).Version);
    }

    [Fact]
    public async Task A_created_project_is_stored_with_one_pending_ProjectCreated_event_and_Get_returns_it()
    {
        var (org, client) = fixture.NewOrgCaller("producer-sam");

        var created = await client.CreateProjectAsync(new CreateProjectRequest { Name = "Autumn launch spot", Type = ProjectType.CommercialProduction });

        Assert.True(Guid.TryParse(created.ProjectId, out var id) && id != Guid.Empty);
        Assert.Equal(org.ToString(), created.OrgId);
        Assert.Equal("Autumn launch spot", created.Name);
        Assert.Equal(ProjectType.CommercialProduction, created.Type);
        Assert.Equal("producer-sam", created.CreatedBy);
        Assert.NotNull(created.CreatedAt);

        var fetched = await client.GetProjectAsync(new GetProjectRequest { ProjectId = created.ProjectId });
        Assert.Equal(created, fetched);

        Assert.Equal(id, Assert.Single(await fixture.ProjectsOfAsync(org)).Id);
        var outbox = Assert.Single(await fixture.OutboxOfAsync(org));
        Assert.Equal("Crewline.Contracts.Events.Ownership.ProjectCreated, Crewline.Contracts", outbox.MessageType);
        Assert.Contains(created.ProjectId, outbox.Payload);
    }

    [Fact]
    public async Task GetProject_with_a_token_of_another_org_is_NotFound()
    {
        var (_, owner) = fixture.NewOrgCaller();
        var (_, stranger) = fixture.NewOrgCaller("stranger");
        var created = await owner.CreateProjectAsync(new CreateProjectRequest { Name = "Private shoot", Type = ProjectType.ContentShoot });

        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            stranger.GetProjectAsync(new GetProjectRequest { ProjectId = created.ProjectId }).ResponseAsync);
    }

    [Fact]
    public async Task GetProject_of_an_unknown_id_is_NotFound_and_of_a_malformed_id_is_InvalidArgument_on_project_id()
    {
        var (_, client) = fixture.NewOrgCaller();

        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            client.GetProjectAsync(new GetProjectRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("project_id", () =>
            client.GetProjectAsync(new GetProjectRequest { ProjectId = "not-a-uuid" }).ResponseAsync);
    }

    [Fact]
    public async Task Calls_without_a_token_are_Unauthenticated_and_create_nothing()
    {
        var (_, owner) = fixture.NewOrgCaller();
        var created = await owner.CreateProjectAsync(new CreateProjectRequest { Name = "Known project", Type = ProjectType.Film });
        var anonymous = fixture.Client(token: null);

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            anonymous.GetProjectAsync(new GetProjectRequest { ProjectId = created.ProjectId }).ResponseAsync);
        var name = $"Anonymous project {Guid.NewGuid():N}";
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            anonymous.CreateProjectAsync(new CreateProjectRequest { Name = name, Type = ProjectType.Film }).ResponseAsync);
        Assert.Empty(await fixture.ProjectsAsync(p => p.Name == name));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_Unauthenticated_and_creates_nothing()
    {
        var issuer = new ServiceDefaults.Auth.DevTokenIssuer(new ServiceDefaults.Auth.AuthOptions { SigningKey = new string('x', 48) });
        var org = Guid.NewGuid();
        var forged = fixture.Client(issuer.Issue("mallory", org));

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            forged.CreateProjectAsync(new CreateProjectRequest { Name = "Forged", Type = ProjectType.Film }).ResponseAsync);
        Assert.Empty(await fixture.ProjectsOfAsync(org));
    }
}
