using Crewline.BuildingBlocks.Errors;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Domain.Contacts;
using Crewline.ClientComms.Domain.Plan;

namespace Crewline.ClientComms.Tests;

/// <summary>The client comms rules as plain functions, without a database.</summary>
public sealed class DomainRuleTests
{
    [Theory]
    [InlineData(SpocRole.Producer, SpocRole.Producer, "", true)]
    [InlineData(SpocRole.Producer, SpocRole.ProjectManager, "The client asked for Alex.", true)]
    [InlineData(SpocRole.Producer, SpocRole.ProjectManager, "  ", false)]
    [InlineData(SpocRole.ProjectManager, SpocRole.Producer, "", false)]
    [Trait("Rule", "R-COMM-2")]
    public void R_COMM_2_confirming_the_proposal_needs_nothing_and_overriding_it_needs_a_reason(SpocRole proposed, SpocRole named, string reason, bool allowed)
    {
        var error = Record.Exception(() => SpocOverrideRule.Check(proposed, named, reason));

        if (allowed) Assert.Null(error);
        else Assert.Equal("R-COMM-2", Assert.IsType<RuleViolationException>(error).RuleId);
    }

    [Fact]
    [Trait("Rule", "R-COMM-5")]
    public void R_COMM_5_only_a_different_status_from_the_other_role_conflicts()
    {
        var pm = new EarlierStatus(Guid.NewGuid(), SpocRole.ProjectManager, "A");

        Assert.Equal(pm, StatusCadenceRule.ConflictWith([pm], SpocRole.Producer, "B"));
        Assert.Null(StatusCadenceRule.ConflictWith([pm], SpocRole.Producer, "A"));
        Assert.Null(StatusCadenceRule.ConflictWith([pm], SpocRole.ProjectManager, "B"));
        Assert.Null(StatusCadenceRule.ConflictWith([], SpocRole.Producer, "B"));
        Assert.Equal(pm, StatusCadenceRule.SameAs([pm], "A"));
    }

    [Theory]
    [InlineData("jo@client.example", true)]
    [InlineData("Jo.Client+news@sub.client.example", true)]
    [InlineData("not-an-address", false)]
    [InlineData("Jo <jo@client.example>", false)]
    [InlineData("jo@localhost", false)]
    [InlineData("jo@client.example, max@client.example", false)]
    [InlineData("", false)]
    public void A_client_email_is_one_plain_address_with_a_dotted_domain(string email, bool valid) =>
        Assert.Equal(valid, EmailAddresses.IsValid(email));
}
