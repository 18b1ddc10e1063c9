namespace Crewline.DemoSeeder.Tests;

/// <summary>The seeder's idempotency decision: seed a new org, leave a seeded one alone, complete a half-seeded one.</summary>
public sealed class SeedWorkTests
{
    private static readonly DemoPlan Plan = DemoPlan.Northwind;
    private static readonly string[] AllSubjects = Plan.People.Select(p => p.Subject).ToArray();
    private static readonly string[] AllNames = Plan.Projects.Select(p => p.Name).ToArray();

    [Fact]
    public void A_new_org_gets_everything_with_its_admin_added_first()
    {
        var work = SeedWork.Decide(Plan, adminExists: false, [], []);

        Assert.True(work.NewOrg);
        Assert.False(work.NothingToDo);
        Assert.Equal(Plan.People, work.PeopleToAdd);
        Assert.Equal(Plan.Admin, work.PeopleToAdd[0]);
        Assert.Equal(Plan.Projects, work.ProjectsToSeed);
    }

    [Fact]
    public void An_org_holding_every_person_and_project_gets_nothing()
    {
        var work = SeedWork.Decide(Plan, adminExists: true, AllSubjects, AllNames);

        Assert.True(work.NothingToDo);
        Assert.Empty(work.PeopleToAdd);
        Assert.Empty(work.ProjectsToSeed);
    }

    [Fact]
    public void Projects_and_people_someone_added_to_the_demo_org_since_change_nothing()
    {
        var work = SeedWork.Decide(Plan, adminExists: true, [.. AllSubjects, "newcomer"], [.. AllNames, "My own project"]);

        Assert.True(work.NothingToDo);
    }

    [Fact]
    public void A_run_that_stopped_half_way_is_completed_with_what_is_missing_only()
    {
        var work = SeedWork.Decide(Plan, adminExists: true, AllSubjects[..2], AllNames[..3]);

        Assert.False(work.NewOrg);
        Assert.Equal(Plan.People.Skip(2), work.PeopleToAdd);
        Assert.Equal(Plan.Projects.Skip(3), work.ProjectsToSeed);
    }

    [Fact]
    public void Names_are_compared_exactly()
    {
        var work = SeedWork.Decide(Plan, adminExists: true, AllSubjects, AllNames.Select(n => n.ToUpperInvariant()).ToArray());

        Assert.Equal(Plan.Projects, work.ProjectsToSeed);
    }
}
