using Crewline.Contracts.Common.V1;
using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Spoc = Crewline.Contracts.ClientComms.V1.Spoc;
using Grpc.Core;

namespace Crewline.ClientComms.Tests;

[Collection(ClientCommsCollection.Name)]
public sealed class SpocTests(ClientCommsFixture fixture)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Names <paramref name="subject"/> (a person of <paramref name="org"/>, by their person id) SPOC of the project.</summary>
    /// <summary>Projects here are films (the producer is proposed, R-COMM-2) unless a test says otherwise: naming the PM overrides it, with a reason.</summary>
    private NameSpocRequest Naming(Guid org, Guid project, ProjectRole role = ProjectRole.Producer, string subject = "producer-sam", string name = "Sam Reyes", string key = "",
        string? reason = null) =>
        new()
        {
            ProjectId = project.ToString(), Role = role, PersonId = fixture.Members.PersonIdOf(org, subject.Trim()).ToString(),
            PersonSubject = subject, PersonName = name, IdempotencyKey = key,
            Reason = reason ?? (role == ProjectRole.ProjectManager ? "The client's brand team works with our PM." : ""),
        };

    [Theory]
    [InlineData(ProjectType.Film, ProjectRole.Producer)]
    [InlineData(ProjectType.CommercialProduction, ProjectRole.Producer)]
    [InlineData(ProjectType.ContentShoot, ProjectRole.Producer)]
    [InlineData(ProjectType.BrandIdentity, ProjectRole.ProjectManager)]
    [InlineData(ProjectType.CampaignDevelopment, ProjectRole.ProjectManager)]
    [InlineData(ProjectType.InternalTeam, ProjectRole.ProjectManager)]
    [Trait("Rule", "R-COMM-2")]
    public async Task R_COMM_2_GetSpoc_before_naming_is_not_named_and_proposes_the_role_of_the_project_type(ProjectType type, ProjectRole proposed)
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org, type);

        var spoc = await client.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() });

        Assert.Equal(new Spoc { ProjectId = project.ToString(), Named = false, ProposedRole = proposed }, spoc);
        Assert.Empty(await fixture.SpocsOfAsync(org));
    }

    [Fact]
    [Trait("Rule", "R-COMM-2")]
    public async Task R_COMM_2_a_project_type_this_service_does_not_know_proposes_no_role()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.PublishProjectAsync(ClientCommsFixture.NewProjectCreated(org, "PROJECT_TYPE_HOLOGRAM", "Future work"));
        await fixture.Members.MemberAsync(org, project, "pm-alex", Crewline.BuildingBlocks.Membership.MembershipNames.ProjectManager);

        var spoc = await client.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() });

        Assert.False(spoc.Named);
        Assert.Equal(ProjectRole.Unspecified, spoc.ProposedRole);
    }

    [Fact]
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_a_named_SPOC_is_returned_by_GetSpoc_and_SpocNamed_is_published()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(SpocNamed)));
        var (org, client) = fixture.NewOrgCaller("pm-alex");
        var project = await fixture.KnownProjectAsync(org, ProjectType.BrandIdentity);

        // Naming is not bound by the proposal: a producer on a flow-heavy project is allowed.
        var named = await client.NameSpocAsync(Naming(org, project, ProjectRole.Producer, "  producer-sam ", " Sam Reyes ", reason: "Sam runs the shoot days."));

        Assert.True(named.Named);
        Assert.Equal(project.ToString(), named.ProjectId);
        Assert.Equal(ProjectRole.Producer, named.Role);
        Assert.Equal("producer-sam", named.PersonSubject);
        Assert.Equal("Sam Reyes", named.PersonName);
        Assert.NotNull(named.NamedAt);
        Assert.Equal(ProjectRole.ProjectManager, named.ProposedRole);
        Assert.Equal(named, await client.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() }));

        var stored = Assert.Single(await fixture.SpocsOfAsync(org));
        Assert.Equal((project, org, "pm-alex"), (stored.ProjectId, stored.OrgId, stored.NamedBy));
        var outbox = Assert.Single(await fixture.OutboxOfAsync(org));
        Assert.Equal("Crewline.Contracts.Events.ClientComms.SpocNamed, Crewline.Contracts", outbox.MessageType);

        await Eventually.Until(async () => (await probe.DrainAsync()).Any(m => m["projectId"] == project.ToString()), DeliveryTimeout);
        var message = Assert.Single(await probe.DrainAsync(), m => m["projectId"] == project.ToString());
        Assert.Equal(outbox.Id, Guid.Parse(message.MessageId!));
        Assert.Equal(org.ToString(), message["orgId"]);
        Assert.Equal("PROJECT_ROLE_PRODUCER", message["role"]);
        Assert.Equal("producer-sam", message["personSubject"]);
        Assert.Equal("Sam Reyes", message["personName"]);
        Assert.Equal("pm-alex", message["namedBy"]);
    }

    [Fact]
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_naming_another_person_or_role_replaces_the_SPOC_so_the_project_keeps_exactly_one()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(SpocNamed)));
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org, ProjectType.Film);
        var other = await fixture.KnownProjectAsync(org, ProjectType.Film);
        await client.NameSpocAsync(Naming(org, other, ProjectRole.Producer, "producer-kim", "Kim Lee"));

        var first = await client.NameSpocAsync(Naming(org, project, ProjectRole.Producer, "producer-sam", "Sam Reyes"));
        var renamed = await client.NameSpocAsync(Naming(org, project, ProjectRole.ProjectManager, "pm-alex", "Alex Moreau"));

        Assert.Equal((ProjectRole.ProjectManager, "pm-alex", "Alex Moreau"), (renamed.Role, renamed.PersonSubject, renamed.PersonName));
        Assert.True(renamed.NamedAt.ToDateTimeOffset() >= first.NamedAt.ToDateTimeOffset());
        Assert.Equal(renamed, await client.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() }));
        var spocs = await fixture.SpocsOfAsync(org);
        Assert.Equal(2, spocs.Count);
        Assert.Equal("pm-alex", Assert.Single(spocs, s => s.ProjectId == project).PersonSubject);
        Assert.Equal("producer-kim", Assert.Single(spocs, s => s.ProjectId == other).PersonSubject);

        // Each change is published, in order.
        await Eventually.Until(async () => (await probe.DrainAsync()).Count(m => m["projectId"] == project.ToString()) >= 2, DeliveryTimeout);
        var events = (await probe.DrainAsync()).Where(m => m["projectId"] == project.ToString()).ToList();
        Assert.Equal(["producer-sam", "pm-alex"], events.Select(m => m["personSubject"]));
        Assert.Equal("PROJECT_ROLE_PROJECT_MANAGER", events[1]["role"]);
    }

    [Fact]
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_naming_the_same_person_in_the_same_role_again_changes_nothing_and_publishes_nothing()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var first = await client.NameSpocAsync(Naming(org, project));

        var again = await client.NameSpocAsync(Naming(org, project));

        Assert.Equal(first, again);
        Assert.Single(await fixture.SpocsOfAsync(org));
        Assert.Single(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task A_retried_NameSpoc_with_the_same_idempotency_key_returns_the_first_result_and_names_nothing_else()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var request = Naming(org, project, key: "name-spoc-1");

        var first = await client.NameSpocAsync(request);
        var retried = await client.NameSpocAsync(request.Clone());

        Assert.Equal(first, retried);
        Assert.Single(await fixture.SpocsOfAsync(org));
        Assert.Single(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_after_a_rename_does_not_name_the_first_person_again()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var request = Naming(org, project, ProjectRole.Producer, "producer-sam", "Sam Reyes", key: "name-spoc-1");
        await client.NameSpocAsync(request);
        await client.NameSpocAsync(Naming(org, project, ProjectRole.ProjectManager, "pm-alex", "Alex Moreau"));

        await client.NameSpocAsync(request.Clone());

        Assert.Equal("pm-alex", Assert.Single(await fixture.SpocsOfAsync(org)).PersonSubject);
        Assert.Equal(2, (await fixture.OutboxOfAsync(org)).Count);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_request_is_InvalidArgument_on_idempotency_key()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        await client.NameSpocAsync(Naming(org, project, ProjectRole.Producer, "producer-sam", "Sam Reyes", key: "key-1"));

        await RpcAssert.InvalidArgumentOn("idempotency_key", () =>
            client.NameSpocAsync(Naming(org, project, ProjectRole.ProjectManager, "pm-alex", "Alex Moreau", key: "key-1")).ResponseAsync);

        Assert.Equal("producer-sam", Assert.Single(await fixture.SpocsOfAsync(org)).PersonSubject);
        Assert.Single(await fixture.OutboxOfAsync(org));
    }

    public static TheoryData<int, string, string, string> InvalidRequests => new()
    {
        { (int)ProjectRole.Producer, "producer-sam", new string('n', 201), "person_name" },
        { (int)ProjectRole.Producer, new string('s', 201), "Sam Reyes", "person_subject" },
        { (int)ProjectRole.Producer, "pm-alex", "Sam Reyes", "person_subject" }, // not the subject linked to the person named
        { (int)ProjectRole.Unspecified, "producer-sam", "Sam Reyes", "role" },
        { 99, "producer-sam", "Sam Reyes", "role" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task NameSpoc_with_bad_input_is_InvalidArgument_naming_the_field_and_stores_nothing(int role, string subject, string name, string field)
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);

        var request = Naming(org, project, (ProjectRole)role, subject, name);
        request.PersonId = fixture.Members.PersonIdOf(org, "producer-sam").ToString();
        await RpcAssert.InvalidArgumentOn(field, () => client.NameSpocAsync(request).ResponseAsync);

        Assert.Empty(await fixture.SpocsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-uuid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task A_malformed_project_id_is_InvalidArgument_on_project_id_for_NameSpoc_and_GetSpoc(string projectId)
    {
        var (org, client) = fixture.NewOrgCaller();

        await RpcAssert.InvalidArgumentOn("project_id", () => client.NameSpocAsync(new NameSpocRequest
        {
            ProjectId = projectId, Role = ProjectRole.Producer, PersonId = Guid.NewGuid().ToString(), PersonSubject = "producer-sam", PersonName = "Sam Reyes",
        }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("project_id", () =>
            client.GetSpocAsync(new GetSpocRequest { ProjectId = projectId }).ResponseAsync);

        Assert.Empty(await fixture.SpocsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task NameSpoc_reports_every_bad_field_at_once()
    {
        var (_, client) = fixture.NewOrgCaller();

        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => client.NameSpocAsync(new NameSpocRequest
        {
            ProjectId = "x", PersonId = "", Role = ProjectRole.Unspecified, PersonSubject = new string('s', 201), PersonName = new string('n', 201),
            IdempotencyKey = new string('k', 101),
        }).ResponseAsync);

        var fields = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field);
        Assert.Equal(["project_id", "person_id", "role", "person_subject", "person_name", "idempotency_key"], fields);
    }

    [Theory]
    [InlineData("producer-sam", ProjectRole.ProjectManager)] // a producer is not the project manager
    [InlineData("pm-alex", ProjectRole.Producer)]            // a project manager is not the producer
    [InlineData("creative-lee", ProjectRole.Producer)]       // a creative lead holds neither role
    [InlineData("not-on-project", ProjectRole.Producer)]     // a person of the org who is not on the project
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_the_SPOC_must_be_a_member_of_the_project_holding_the_SPOCs_role(string subject, ProjectRole role)
    {
        var (org, client) = fixture.NewOrgCaller("lead-pm");
        var project = await fixture.KnownProjectAsync(org);
        await fixture.Members.MemberAsync(org, project, "creative-lee", Crewline.BuildingBlocks.Membership.MembershipNames.CreativeLead);
        await fixture.Members.PersonAsync(org, "not-on-project");

        var error = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            client.NameSpocAsync(Naming(org, project, role, subject, "Someone")).ResponseAsync);

        Assert.Contains("R-COMM-1", error.Status.Detail);
        Assert.Empty(await fixture.SpocsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_a_SPOC_named_by_person_id_alone_takes_the_persons_subject_and_name()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);

        var named = await client.NameSpocAsync(Naming(org, project, ProjectRole.Producer, "producer-sam", ""));
        var request = Naming(org, project, ProjectRole.Producer, "producer-kim", "");
        request.PersonSubject = "";
        var renamed = await client.NameSpocAsync(request);

        Assert.Equal(("producer-sam", "producer-sam"), (named.PersonSubject, named.PersonName)); // the seeder names people by their subject
        Assert.Equal((fixture.Members.PersonIdOf(org, "producer-kim").ToString(), "producer-kim", "producer-kim"),
            (renamed.PersonId, renamed.PersonSubject, renamed.PersonName));
    }

    [Fact]
    public async Task A_member_who_is_neither_PM_nor_producer_may_read_the_SPOC_but_not_name_it()
    {
        var (org, pm) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        await fixture.Members.MemberAsync(org, project, "creative-lee", Crewline.BuildingBlocks.Membership.MembershipNames.CreativeLead);
        var creative = fixture.Client(fixture.Service.TokenFor("creative-lee", org));
        var named = await pm.NameSpocAsync(Naming(org, project));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            creative.NameSpocAsync(Naming(org, project, ProjectRole.ProjectManager, "pm-alex", "Alex")).ResponseAsync);

        Assert.Equal(named, await creative.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() }));
        Assert.Single(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task An_unknown_project_is_NotFound_and_stores_nothing()
    {
        var (org, client) = fixture.NewOrgCaller();
        var unknown = Guid.NewGuid();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => client.NameSpocAsync(Naming(org, unknown)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            client.GetSpocAsync(new GetSpocRequest { ProjectId = unknown.ToString() }).ResponseAsync);

        Assert.Empty(await fixture.SpocsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task Another_orgs_project_is_NotFound_and_its_SPOC_is_neither_read_nor_changed()
    {
        var (ownerOrg, owner) = fixture.NewOrgCaller();
        var (strangerOrg, stranger) = fixture.NewOrgCaller("stranger");
        var project = await fixture.KnownProjectAsync(ownerOrg);
        var named = await owner.NameSpocAsync(Naming(ownerOrg, project));

        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            stranger.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            stranger.NameSpocAsync(Naming(strangerOrg, project, ProjectRole.ProjectManager, "stranger", "Mallory")).ResponseAsync);

        Assert.Equal(named, await owner.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() }));
        Assert.Equal("producer-sam", Assert.Single(await fixture.SpocsOfAsync(ownerOrg)).PersonSubject);
        Assert.Single(await fixture.OutboxOfAsync(ownerOrg));
        Assert.Empty(await fixture.SpocsOfAsync(strangerOrg));
        Assert.Empty(await fixture.OutboxOfAsync(strangerOrg));
    }

    [Fact]
    public async Task Calls_without_a_token_are_Unauthenticated_and_name_nothing()
    {
        var org = Guid.NewGuid();
        var project = await fixture.KnownProjectAsync(org);
        var anonymous = fixture.Client(token: null);

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            anonymous.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => anonymous.NameSpocAsync(Naming(org, project)).ResponseAsync);

        Assert.Empty(await fixture.SpocsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));
    }
}
