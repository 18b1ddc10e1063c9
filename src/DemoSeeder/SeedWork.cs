namespace Crewline.DemoSeeder;

/// <summary>What a seeder run has to do: the people still missing, whether the org is new, the projects still missing.</summary>
public sealed record SeedWork(bool NewOrg, IReadOnlyList<DemoPerson> PeopleToAdd, IReadOnlyList<DemoProject> ProjectsToSeed)
{
    public bool NothingToDo => !NewOrg && PeopleToAdd.Count == 0 && ProjectsToSeed.Count == 0;

    /// <summary>
    /// The idempotency decision, from what the demo org already holds (read through the API as its
    /// admin): a new org (its admin is not a person yet) gets everything, the admin first (the org's
    /// first person is its admin); an org holding every planned person and project (by subject and
    /// by name) gets nothing; otherwise what is missing (a run that stopped half-way is completed;
    /// a project it created is kept as it is).
    /// </summary>
    public static SeedWork Decide(DemoPlan plan, bool adminExists, IReadOnlyCollection<string> existingSubjects, IReadOnlyCollection<string> existingProjectNames)
    {
        if (!adminExists) return new SeedWork(true, plan.People, plan.Projects);
        var subjects = existingSubjects.ToHashSet(StringComparer.Ordinal);
        var names = existingProjectNames.ToHashSet(StringComparer.Ordinal);
        return new SeedWork(false,
            plan.People.Where(p => !subjects.Contains(p.Subject)).ToList(),
            plan.Projects.Where(p => !names.Contains(p.Name)).ToList());
    }
}
