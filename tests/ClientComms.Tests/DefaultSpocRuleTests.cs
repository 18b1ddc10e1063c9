using Crewline.ClientComms.Domain;
using Crewline.Contracts;
using Crewline.Contracts.Ownership.V1;

namespace Crewline.ClientComms.Tests;

public sealed class DefaultSpocRuleTests
{
    [Theory]
    [InlineData(ProjectType.Film, SpocRole.Producer)]
    [InlineData(ProjectType.CommercialProduction, SpocRole.Producer)]
    [InlineData(ProjectType.ContentShoot, SpocRole.Producer)]
    [InlineData(ProjectType.BrandIdentity, SpocRole.ProjectManager)]
    [InlineData(ProjectType.CampaignDevelopment, SpocRole.ProjectManager)]
    [InlineData(ProjectType.InternalTeam, SpocRole.ProjectManager)]
    [Trait("Rule", "R-COMM-2")]
    public void R_COMM_2_production_heavy_types_propose_the_producer_and_flow_heavy_types_the_PM(ProjectType type, SpocRole expected) =>
        Assert.Equal(expected, DefaultSpocRule.ProposedRoleFor(ProjectTypes.IsProductionHeavy(type)));

    [Fact]
    [Trait("Rule", "R-COMM-2")]
    public void R_COMM_2_every_defined_project_type_has_a_proposal()
    {
        foreach (var type in Enum.GetValues<ProjectType>().Where(t => t != ProjectType.Unspecified))
            Assert.True(Enum.IsDefined(DefaultSpocRule.ProposedRoleFor(ProjectTypes.IsProductionHeavy(type))), $"{type} proposes no role");
    }

    [Theory]
    [InlineData(ProjectType.Unspecified)]
    [InlineData((ProjectType)99)]
    [Trait("Rule", "R-COMM-2")]
    public void R_COMM_2_an_unspecified_or_unknown_type_proposes_nothing_and_throws(ProjectType type) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultSpocRule.ProposedRoleFor(ProjectTypes.IsProductionHeavy(type)));

    [Fact]
    public void The_rule_id_is_R_COMM_2() => Assert.Equal("R-COMM-2", DefaultSpocRule.RuleId);
}
