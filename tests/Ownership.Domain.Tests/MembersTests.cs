using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Domain.Tests;

public sealed class MembersTests
{
    [Fact]
    public void The_creator_is_not_a_member_until_added()
    {
        var project = ProjectScenario.NewProject();
        Assert.Empty(project.Members.People);
        Assert.Empty(project.DomainEvents);
    }

    [Fact]
    public void Adding_a_member_raises_member_added_once_per_role()
    {
        var project = ProjectScenario.NewProject();
        var person = Guid.NewGuid();
        project.AddMember(person, ProjectRole.ProjectManager);
        project.AddMember(person, ProjectRole.ProjectManager);

        Assert.Equal([new MemberAdded(project.Id, person, ProjectRole.ProjectManager)], project.DomainEvents);
    }

    [Fact]
    public void One_person_may_wear_both_hats()
    {
        var project = ProjectScenario.NewProject();
        var person = Guid.NewGuid();
        project.AddMember(person, ProjectRole.ProjectManager);
        project.AddMember(person, ProjectRole.Producer);

        IProjectOwnership view = project;
        Assert.Equal(new HashSet<ProjectRole> { ProjectRole.ProjectManager, ProjectRole.Producer }, view.RolesOf(person));
        Assert.Equal([person], view.MembersWith(ProjectRole.ProjectManager));
        Assert.Equal([person], view.MembersWith(ProjectRole.Producer));
    }

    [Fact]
    public void Removing_the_last_role_removes_the_member()
    {
        var project = ProjectScenario.NewProject();
        var person = Guid.NewGuid();
        project.AddMember(person, ProjectRole.ProjectManager);
        project.AddMember(person, ProjectRole.Producer);

        project.RemoveRole(person, ProjectRole.Producer);
        Assert.Equal(new HashSet<ProjectRole> { ProjectRole.ProjectManager }, project.RolesOf(person));
        project.RemoveRole(person, ProjectRole.ProjectManager);
        Assert.Empty(project.RolesOf(person));
        Assert.DoesNotContain(person, project.Members.People);
        Assert.Equal(2, project.DomainEvents.OfType<MemberRoleRemoved>().Count());
    }

    [Fact]
    public void Removing_a_role_the_person_does_not_hold_is_rejected()
    {
        var project = ProjectScenario.NewProject();
        Assert.Throws<ValidationException>(() => project.RemoveRole(Guid.NewGuid(), ProjectRole.Producer));
    }

    [Fact]
    public void A_member_needs_an_id_and_a_known_role()
    {
        var project = ProjectScenario.NewProject();
        Assert.Throws<ValidationException>(() => project.AddMember(Guid.Empty, ProjectRole.Producer));
        Assert.Throws<ValidationException>(() => project.AddMember(Guid.NewGuid(), (ProjectRole)99));
    }

    [Fact]
    public void The_ownership_view_reads_the_matrix_and_the_declared_hierarchy()
    {
        var scenario = ProjectScenario.Pair();
        IProjectOwnership view = scenario.Project;

        Assert.Equal(scenario.Project.Id, view.ProjectId);
        Assert.Equal(Hierarchy.Undeclared, view.Hierarchy);
        Assert.Equal("Vendor payments", view.FunctionOf(VendorPayments)!.Name);
        Assert.Null(view.FunctionOf("no-such-function"));
        Assert.Empty(view.OwnersOf("no-such-function"));
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], view.OwnersOf(ScopeChangeDecisions));
        Assert.True(view.IsShared(ScopeChangeDecisions));
        Assert.False(view.IsShared(VendorPayments));

        scenario.Project.DeclareHierarchy(Hierarchy.ProducerSenior, scenario.Leader);
        Assert.Equal(Hierarchy.ProducerSenior, view.Hierarchy);
        Assert.Equal(new HierarchyDeclared(scenario.Project.Id, Hierarchy.ProducerSenior, scenario.Leader), scenario.Project.DomainEvents[^1]);
    }

    [Fact]
    public void Declaring_the_hierarchy_is_for_the_pm_the_producer_or_leadership()
    {
        var scenario = ProjectScenario.Pair();
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.DeclareHierarchy(Hierarchy.Peers, scenario.CreativeLead));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.DeclareHierarchy(Hierarchy.Peers, scenario.Outsider));
        Assert.Throws<ValidationException>(() => scenario.Project.DeclareHierarchy(Hierarchy.Undeclared, scenario.Pm));
    }
}
