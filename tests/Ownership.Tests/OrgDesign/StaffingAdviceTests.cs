using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Npgsql;

namespace Crewline.Ownership.Tests.OrgDesign;

/// <summary>The org-design advisor over gRPC: typed-in inputs and the org's live portfolio (R-ORG-1..6).</summary>
[Collection(OwnershipCollection.Name)]
public sealed class StaffingAdviceTests(OwnershipFixture fixture)
{
    /// <summary>A fresh org whose first person (so its admin) is the caller.</summary>
    private async Task<(Guid Org, OrgDesignService.OrgDesignServiceClient Advisor, OrgService.OrgServiceClient Orgs, OwnershipService.OwnershipServiceClient Ownership)> NewOrgAsync()
    {
        var org = Guid.NewGuid();
        var channel = fixture.Service.CreateChannel(fixture.Service.TokenFor("head-of-production", org));
        var orgs = new OrgService.OrgServiceClient(channel);
        await orgs.AddPersonAsync(new AddPersonRequest { Name = "Head of production", Email = "hop@example.com", Subject = "head-of-production" });
        return (org, new OrgDesignService.OrgDesignServiceClient(channel), orgs, new OwnershipService.OwnershipServiceClient(channel));
    }

    [Theory]
    [Trait("Rule", "R-ORG-1")]
    [Trait("Rule", "R-ORG-2")]
    [Trait("Rule", "R-ORG-3")]
    [Trait("Rule", "R-ORG-4")]
    [InlineData(ExternalProductionIntensity.Low, 2, StaffingQuadrant.OneRole)]
    [InlineData(ExternalProductionIntensity.High, 2, StaffingQuadrant.ProducerAlone)]
    [InlineData(ExternalProductionIntensity.Low, 9, StaffingQuadrant.PmTeam)]
    [InlineData(ExternalProductionIntensity.High, 9, StaffingQuadrant.BothRoles)]
    public async Task R_ORG_1_to_4_typed_in_inputs_give_the_quadrant(ExternalProductionIntensity intensity, int volume, StaffingQuadrant expected)
    {
        var (_, advisor, _, _) = await NewOrgAsync();
        var advice = await advisor.AdviseStaffingAsync(new AdviseStaffingRequest
            { Intensity = intensity, ConcurrentProductions = volume, Preset = IndustryPreset.Advertising });
        Assert.Equal(expected, advice.Quadrant);
        Assert.False(advice.Borderline);
        Assert.NotEmpty(advice.Reasons);
    }

    [Fact]
    public async Task R_ORG_5_four_to_six_is_the_borderline_zone_and_the_advice_says_so_naming_both_neighbours()
    {
        var (_, advisor, _, _) = await NewOrgAsync();
        var advice = await advisor.AdviseStaffingAsync(new AdviseStaffingRequest
            { Intensity = ExternalProductionIntensity.High, ConcurrentProductions = 5, Preset = IndustryPreset.FilmTvContent });
        Assert.True(advice.Borderline);
        Assert.Equal(VolumeBand.Borderline, advice.Volume);
        Assert.Equal([StaffingQuadrant.ProducerAlone, StaffingQuadrant.BothRoles], advice.Neighbours);
        Assert.Contains("borderline", advice.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_preset_defaults_to_the_orgs_and_is_required_when_the_org_has_none()
    {
        var (_, advisor, orgs, _) = await NewOrgAsync();
        var request = new AdviseStaffingRequest { Intensity = ExternalProductionIntensity.Low, ConcurrentProductions = 1 };
        await RpcAssert.InvalidArgumentOn("preset", () => advisor.AdviseStaffingAsync(request).ResponseAsync);

        // The caller, the org's first person and so its admin, configures the org.
        await orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Reel Co", IndustryPreset = IndustryPreset.FilmTvContent });
        var advice = await advisor.AdviseStaffingAsync(request);
        Assert.Equal(StaffingQuadrant.OneRole, advice.Quadrant);
        Assert.Equal(OneRoleTitle.Producer, advice.OneRoleTitle);
    }

    [Fact]
    public async Task Bad_inputs_are_InvalidArgument_on_their_field()
    {
        var (_, advisor, _, _) = await NewOrgAsync();
        await RpcAssert.InvalidArgumentOn("intensity", () => advisor.AdviseStaffingAsync(new AdviseStaffingRequest
            { ConcurrentProductions = 1, Preset = IndustryPreset.Advertising }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("concurrent_productions", () => advisor.AdviseStaffingAsync(new AdviseStaffingRequest
            { Intensity = ExternalProductionIntensity.Low, ConcurrentProductions = -1, Preset = IndustryPreset.Advertising }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("preset", () => advisor.AdviseStaffingAsync(new AdviseStaffingRequest
            { Intensity = ExternalProductionIntensity.Low, ConcurrentProductions = 1, Preset = (IndustryPreset)77 }).ResponseAsync);
    }

    [Fact]
    public async Task R_ORG_6_the_advice_is_computed_from_the_orgs_live_portfolio_counting_only_running_projects()
    {
        var (org, advisor, _, ownership) = await NewOrgAsync();
        var films = new List<string>();
        for (var i = 0; i < 8; i++)
            films.Add((await ownership.CreateProjectAsync(new CreateProjectRequest { Name = $"Spot {i}", Type = ProjectType.CommercialProduction })).ProjectId);
        await ownership.CreateProjectAsync(new CreateProjectRequest { Name = "Still in kickoff", Type = ProjectType.Film });

        // Nothing is running yet: every project is still in kickoff.
        var before = await advisor.AdviseStaffingFromPortfolioAsync(new AdviseStaffingFromPortfolioRequest { Preset = IndustryPreset.Advertising });
        Assert.Equal(0, before.ConcurrentProductions);

        await SetActiveAsync(films);
        var advice = await advisor.AdviseStaffingFromPortfolioAsync(new AdviseStaffingFromPortfolioRequest { Preset = IndustryPreset.Advertising });
        Assert.Equal(8, advice.ConcurrentProductions);
        Assert.Equal(ExternalProductionIntensity.High, advice.Intensity);
        Assert.Equal(StaffingQuadrant.BothRoles, advice.Quadrant);
        Assert.Contains(advice.Reasons, r => r.Contains('8'));

        // Another org's portfolio is not counted.
        var (_, otherAdvisor, _, _) = await NewOrgAsync();
        Assert.Equal(0, (await otherAdvisor.AdviseStaffingFromPortfolioAsync(
            new AdviseStaffingFromPortfolioRequest { Preset = IndustryPreset.Advertising })).ConcurrentProductions);
    }

    /// <summary>Puts projects past kickoff directly in the database (the kickoff itself is covered elsewhere).</summary>
    private async Task SetActiveAsync(IEnumerable<string> projectIds)
    {
        await using var connection = new NpgsqlConnection(fixture.Service.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE projects SET phase = 'Active' WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", projectIds.Select(Guid.Parse).ToArray());
        Assert.Equal(projectIds.Count(), await command.ExecuteNonQueryAsync());
    }
}
