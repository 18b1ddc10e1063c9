using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Ownership.Tests.Orgs;

[Collection(OwnershipCollection.Name)]
public sealed class OrgPeopleAndCatalogTests(OwnershipFixture fixture)
{
    private (Guid Org, OrgService.OrgServiceClient Orgs, OwnershipService.OwnershipServiceClient Ownership, Projects.ProjectScenarioClients Clients) NewOrg(string subject = "head-of-prod")
    {
        var org = Guid.NewGuid();
        var token = fixture.Service.TokenFor(subject, org);
        return (org, new OrgService.OrgServiceClient(fixture.Service.CreateChannel(token)),
            new OwnershipService.OwnershipServiceClient(fixture.Service.CreateChannel(token)),
            new Projects.ProjectScenarioClients(new ProjectService.ProjectServiceClient(fixture.Service.CreateChannel(token))));
    }

    [Fact]
    public async Task R_IND_the_org_profile_is_NotFound_until_configured_then_returned_and_reconfigurable()
    {
        var (org, orgs, _, _) = NewOrg();
        await orgs.AddPersonAsync(new AddPersonRequest { Name = "Head", Email = "head@example.com", Subject = "head-of-prod" }); // the org's admin
        await RpcAssert.FailsWith(StatusCode.NotFound, () => orgs.GetOrgAsync(new GetOrgRequest()).ResponseAsync);

        await orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Studio North", IndustryPreset = IndustryPreset.DesignStudio });
        var updated = await orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Studio North Film", IndustryPreset = IndustryPreset.FilmTvContent });

        var profile = await orgs.GetOrgAsync(new GetOrgRequest());
        Assert.Equal(org.ToString(), profile.OrgId);
        Assert.Equal("Studio North Film", profile.Name);
        Assert.Equal(IndustryPreset.FilmTvContent, profile.IndustryPreset);
        Assert.Equal(updated, profile);
        await RpcAssert.InvalidArgumentOn("name", () => orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = " " }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("industry_preset", () => orgs.ConfigureOrgAsync(
            new ConfigureOrgRequest { Name = "x", IndustryPreset = (IndustryPreset)42 }).ResponseAsync);
    }

    [Fact]
    public async Task People_are_added_listed_in_pages_by_name_found_as_me_and_invisible_to_other_orgs()
    {
        var (_, orgs, _, _) = NewOrg("casey");
        var names = new[] { "Casey", "Dana", "Alex", "Blake", "Erin" }; // Casey, the caller, first: the org's admin
        foreach (var name in names)
            await orgs.AddPersonAsync(new AddPersonRequest { Name = name, Email = $"{name.ToLowerInvariant()}@example.com", Subject = name.ToLowerInvariant() });

        var first = await orgs.ListPeopleAsync(new ListPeopleRequest { PageSize = 2 });
        var second = await orgs.ListPeopleAsync(new ListPeopleRequest { PageSize = 2, PageToken = first.NextPageToken });
        var third = await orgs.ListPeopleAsync(new ListPeopleRequest { PageSize = 2, PageToken = second.NextPageToken });
        Assert.Equal(["Alex", "Blake", "Casey", "Dana", "Erin"], first.People.Concat(second.People).Concat(third.People).Select(p => p.Name));
        Assert.Equal("", third.NextPageToken);

        var me = await orgs.GetMeAsync(new GetMeRequest());
        Assert.Equal("Casey", me.Name);

        var (_, otherOrgs, _, _) = NewOrg("casey");
        // The same subject is no person of another org: refused there.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => otherOrgs.ListPeopleAsync(new ListPeopleRequest()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => otherOrgs.GetMeAsync(new GetMeRequest()).ResponseAsync);

        await RpcAssert.InvalidArgumentOn("email", () => orgs.AddPersonAsync(new AddPersonRequest { Name = "No mail", Email = "nope" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => orgs.AddPersonAsync(new AddPersonRequest { Name = "Dup", Email = "alex@example.com" }).ResponseAsync);
    }

    [Fact]
    public async Task AddPerson_with_an_idempotency_key_returns_the_first_person_on_retry()
    {
        var (_, orgs, _, _) = NewOrg();
        await orgs.AddPersonAsync(new AddPersonRequest { Name = "Head", Email = "head@example.com", Subject = "head-of-prod" }); // the org's admin
        var request = new AddPersonRequest { Name = "Robin", Email = "robin@example.com", IdempotencyKey = "add-robin-1" };
        var first = await orgs.AddPersonAsync(request);
        var retried = await orgs.AddPersonAsync(request);
        Assert.Equal(first, retried);
        Assert.Equal(2, (await orgs.ListPeopleAsync(new ListPeopleRequest())).People.Count);

        // Another key with the same email is a different request: AlreadyExists, nothing added.
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => orgs.AddPersonAsync(
            new AddPersonRequest { Name = "Robin again", Email = "robin@example.com", IdempotencyKey = "add-robin-2" }).ResponseAsync);
        Assert.Equal(2, (await orgs.ListPeopleAsync(new ListPeopleRequest())).People.Count);
    }

    [Fact]
    public async Task R_OWN_8_an_org_function_joins_the_catalog_and_the_matrix_of_new_projects_and_R_IND_2_the_preset_proposes_the_hierarchy()
    {
        var (_, orgs, ownership, clients) = NewOrg("producer-kim");
        await orgs.AddPersonAsync(new AddPersonRequest { Name = "Kim", Email = "kim@example.com", Subject = "producer-kim" }); // the org's admin
        await orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Reel Co", IndustryPreset = IndustryPreset.FilmTvContent });
        var added = await orgs.AddOrgFunctionAsync(new AddOrgFunctionRequest
        {
            Key = "insurance-certificates", Name = "Production insurance certificates", Area = FunctionArea.ExternalProduction,
            DefaultOwners = { ProjectRole.Producer },
        });
        Assert.True(added.OrgSpecific);
        Assert.Equal("R-OWN-8", added.RuleId);

        var catalog = (await orgs.ListFunctionsAsync(new ListFunctionsRequest())).Functions;
        Assert.Contains(catalog, f => f.Key == "vendor-payments" && !f.OrgSpecific);
        Assert.Contains(catalog, f => f.Key == "insurance-certificates" && f.OrgSpecific);
        Assert.Equal(catalog.Select(f => f.Key).Order(StringComparer.Ordinal), catalog.Select(f => f.Key));

        await RpcAssert.InvalidArgumentOn("key", () => orgs.AddOrgFunctionAsync(new AddOrgFunctionRequest
            { Key = "vendor-payments", Name = "Again", Area = FunctionArea.ExternalProduction, DefaultOwners = { ProjectRole.Producer } }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("key", () => orgs.AddOrgFunctionAsync(new AddOrgFunctionRequest
            { Key = "Not Kebab", Name = "Bad", Area = FunctionArea.ExternalProduction, DefaultOwners = { ProjectRole.Producer } }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("default_owners", () => orgs.AddOrgFunctionAsync(new AddOrgFunctionRequest
            { Key = "no-owner", Name = "Bad", Area = FunctionArea.ExternalProduction }).ResponseAsync);

        var project = await ownership.CreateProjectAsync(new CreateProjectRequest
            { Name = "Feature doc", Type = ProjectType.Film, CreatorRoles = { ProjectRole.Producer } });
        var matrix = await clients.Projects.GetMatrixAsync(new GetMatrixRequest { ProjectId = project.ProjectId });
        Assert.Contains(matrix.Rows, r => r.FunctionKey == "insurance-certificates" && r.Owners.SequenceEqual([ProjectRole.Producer]));
        var detail = await clients.Projects.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = project.ProjectId });
        Assert.Equal(Hierarchy.ProducerSenior, detail.ProposedHierarchy);
        Assert.Equal(Hierarchy.Unspecified, detail.Hierarchy); // R-IND-5: only a proposal
        Assert.Equal(IndustryPreset.FilmTvContent, detail.IndustryPreset);
        Assert.Equal([ProjectRole.Producer], Assert.Single(detail.Members).Roles);
    }

    [Fact]
    public async Task Creating_a_project_with_creator_roles_needs_the_caller_to_be_a_person_and_R_IND_4_a_tech_in_house_project_needs_a_tier()
    {
        var (org, orgs, ownership, _) = NewOrg("not-a-person");
        await RpcAssert.InvalidArgumentOn("creator_roles", () => ownership.CreateProjectAsync(new CreateProjectRequest
            { Name = "Nobody's", Type = ProjectType.BrandIdentity, CreatorRoles = { ProjectRole.ProjectManager } }).ResponseAsync);

        var admin = new OrgService.OrgServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("tech-admin", org)));
        await admin.AddPersonAsync(new AddPersonRequest { Name = "Admin", Email = "admin@example.com", Subject = "tech-admin" });
        await admin.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Tech Co", IndustryPreset = IndustryPreset.TechInHouse });
        await RpcAssert.InvalidArgumentOn("complexity_tier", () => ownership.CreateProjectAsync(new CreateProjectRequest
            { Name = "App launch", Type = ProjectType.CampaignDevelopment }).ResponseAsync);
        Assert.Empty(await fixture.ProjectsOfAsync(org));

        var created = await ownership.CreateProjectAsync(new CreateProjectRequest
            { Name = "App launch", Type = ProjectType.CampaignDevelopment, ComplexityTier = ComplexityTier.Low });
        Assert.Equal(Ownership.Domain.Orgs.ComplexityTier.Low, Assert.Single(await fixture.ProjectsOfAsync(org)).ComplexityTier);
        Assert.Equal(created.ProjectId, (await ownership.GetProjectAsync(new GetProjectRequest { ProjectId = created.ProjectId })).ProjectId);
    }
}
