using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Decisions;
using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Tests.Fakes.FakeProjectOwnership;

namespace Crewline.Ownership.Domain.Tests;

public sealed class JointEscalationTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Rule", "R-ROUTE-3")]
    public void R_ROUTE_3_the_pm_and_the_producer_take_a_shoot_date_move_jointly_to_leadership()
    {
        var project = WithPair();

        var escalation = JointEscalation.RaiseJointly(Guid.NewGuid(), Org, project, Pm, Producer,
            "Shoot day 2 must move", "The lead actor is unavailable on the 14th", Now);

        Assert.Equal(ProjectRole.Leadership, escalation.EscalatedTo);
        Assert.Equal(Pm, escalation.ProjectManagerId);
        Assert.Equal(Producer, escalation.ProducerId);
        Assert.False(escalation.IsResolved);
        var raised = Assert.IsType<JointEscalationRaised>(Assert.Single(escalation.DomainEvents));
        Assert.Equal(project.ProjectId, raised.ProjectId);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-3")]
    public void R_ROUTE_3_one_person_wearing_both_hats_raises_it_alone()
    {
        var escalation = JointEscalation.RaiseJointly(Guid.NewGuid(), Org, WithBothHats(), BothHats, BothHats,
            "Shoot day 2 must move", "Weather", Now);

        Assert.Equal(BothHats, escalation.ProjectManagerId);
        Assert.Equal(BothHats, escalation.ProducerId);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-3")]
    public void R_ROUTE_3_neither_role_escalates_alone_each_id_must_hold_its_role()
    {
        var project = WithPair();

        Assert.Throws<PermissionDeniedException>(() =>
            JointEscalation.RaiseJointly(Guid.NewGuid(), Org, project, Producer, Producer, "Shoot moves", "Weather", Now));
        Assert.Throws<PermissionDeniedException>(() =>
            JointEscalation.RaiseJointly(Guid.NewGuid(), Org, project, Pm, Pm, "Shoot moves", "Weather", Now));
        Assert.Throws<PermissionDeniedException>(() =>
            JointEscalation.RaiseJointly(Guid.NewGuid(), Org, project, Pm, CreativeLead, "Shoot moves", "Weather", Now));
    }

    [Fact]
    public void Subject_and_why_are_required()
    {
        var error = Assert.Throws<ValidationException>(() =>
            JointEscalation.RaiseJointly(Guid.NewGuid(), Org, WithPair(), Pm, Producer, "", " ", Now));

        Assert.Equal(["subject", "why"], error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Leadership_answers_once_and_the_answer_is_an_event()
    {
        var escalation = JointEscalation.RaiseJointly(Guid.NewGuid(), Org, WithPair(), Pm, Producer, "Shoot moves", "Weather", Now);

        escalation.Resolve("Move to the 21st; the client is told by the SPOC", Now.AddHours(2));

        Assert.True(escalation.IsResolved);
        Assert.IsType<JointEscalationResolved>(escalation.DomainEvents[^1]);
        Assert.Throws<RuleViolationException>(() => escalation.Resolve("Again", Now.AddHours(3)));
    }
}
