using Crewline.Contracts.Ownership.V1;

namespace Crewline.DemoSeeder.Tests;

/// <summary>The demo org's plan: what a newcomer will see once it is seeded.</summary>
public sealed class DemoPlanTests
{
    private static readonly DemoPlan Plan = DemoPlan.Northwind;

    [Fact]
    public void Every_failure_mode_Reporting_detects_is_seeded_at_least_once()
    {
        var seeded = Plan.Projects.SelectMany(p => p.Failures).ToHashSet();
        Assert.Equal(Enum.GetValues<DemoFailure>().ToHashSet(), seeded);
    }

    [Fact]
    public void Six_to_ten_projects_mix_production_heavy_and_flow_heavy_work_and_some_are_healthy()
    {
        Assert.InRange(Plan.Projects.Count, 6, 10);
        Assert.Contains(Plan.Projects, p => p.ProductionHeavy);
        Assert.Contains(Plan.Projects, p => !p.ProductionHeavy);
        Assert.True(Plan.Projects.Count(p => p.Healthy) >= 2, "at least two healthy projects");
        Assert.Equal(Plan.Projects.Count, Plan.Projects.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Scope_changes_are_left_in_several_states_only_on_started_projects()
    {
        var states = Plan.Projects.SelectMany(p => p.ScopeChanges).ToHashSet();
        Assert.True(states.Count >= 3, $"scope changes in {states.Count} states");
        // A change order goes to the client through the SPOC, named at kickoff; both roles assess and sign.
        Assert.All(Plan.Projects.Where(p => p.ScopeChanges.Count > 0 || p.Failures.Contains(DemoFailure.AwaitingSignature)), p => Assert.True(p.Started, p.Name));
        Assert.Contains(Plan.Projects, p => p.ClientConversation && p.Started);
    }

    [Fact]
    public void A_project_declares_its_hierarchy_unless_it_shows_the_missing_reporting_line_and_then_it_stays_in_setup()
    {
        foreach (var project in Plan.Projects)
        {
            var shows = project.Failures.Contains(DemoFailure.NoReportingLine);
            Assert.Equal(shows, project.Hierarchy == Hierarchy.Unspecified);
            if (shows) Assert.False(project.Started, project.Name);
        }
    }

    [Fact]
    public void Every_project_is_staffed_by_two_different_people_of_the_org_and_the_admin_comes_first()
    {
        var subjects = Plan.People.Select(p => p.Subject).ToList();
        Assert.Equal(subjects.Count, subjects.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Plan.People[0], Plan.Admin);
        Assert.Contains("casey", subjects); // the creative lead on every project (kickoff's brief walk-through)
        Assert.All(Plan.Projects, p =>
        {
            Assert.Contains(p.ProjectManager, subjects);
            Assert.Contains(p.Producer, subjects);
            Assert.NotEqual(p.ProjectManager, p.Producer);
        });
    }
}
