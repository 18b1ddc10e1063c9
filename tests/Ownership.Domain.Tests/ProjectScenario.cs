using Crewline.Ownership.Domain.Closing;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Orgs;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Tests;

/// <summary>A project with its people, and steps to bring it to a phase, for the aggregate's tests.</summary>
internal sealed class ProjectScenario
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly IReadOnlySet<ProjectRole> BothPlanned = new HashSet<ProjectRole> { ProjectRole.ProjectManager, ProjectRole.Producer };

    private ProjectScenario(Project project, Guid pm, Guid producer, Guid creativeLead, Guid leader)
    {
        Project = project;
        Pm = pm;
        Producer = producer;
        CreativeLead = creativeLead;
        Leader = leader;
    }

    public Project Project { get; }
    public Guid Pm { get; }
    public Guid Producer { get; }
    public Guid CreativeLead { get; }
    public Guid Leader { get; }
    public Guid Outsider { get; } = Guid.NewGuid();

    public static Project NewProject(IndustryPreset? preset = IndustryPreset.Advertising, ComplexityTier? tier = null, FunctionCatalog? catalog = null) =>
        Project.Create(Guid.NewGuid(), Guid.NewGuid(), "Spring launch", ProjectType.CommercialProduction, "creator", Now, preset, tier, catalog);

    /// <summary>A PM, a producer, a creative lead and a head of production: four people.</summary>
    public static ProjectScenario Pair(IndustryPreset? preset = IndustryPreset.Advertising, FunctionCatalog? catalog = null, ComplexityTier? tier = null)
    {
        var scenario = new ProjectScenario(NewProject(preset, tier, catalog), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        scenario.AddPeople();
        return scenario;
    }

    /// <summary>One person holds both the PM and the producer role; plus a creative lead and a head of production.</summary>
    public static ProjectScenario BothHats(IndustryPreset? preset = IndustryPreset.DesignStudio)
    {
        var both = Guid.NewGuid();
        var scenario = new ProjectScenario(NewProject(preset), both, both, Guid.NewGuid(), Guid.NewGuid());
        scenario.AddPeople();
        return scenario;
    }

    private void AddPeople()
    {
        Project.AddMember(Pm, ProjectRole.ProjectManager);
        Project.AddMember(Producer, ProjectRole.Producer);
        Project.AddMember(CreativeLead, ProjectRole.CreativeLead);
        Project.AddMember(Leader, ProjectRole.Leadership);
    }

    /// <summary>The member who acts for a role in this scenario.</summary>
    public Guid PersonFor(ProjectRole role) => role switch
    {
        ProjectRole.ProjectManager => Pm,
        ProjectRole.Producer => Producer,
        ProjectRole.CreativeLead => CreativeLead,
        _ => Leader,
    };

    /// <summary>Every owner confirms every function, except those listed.</summary>
    public ProjectScenario ConfirmFunctions(params string[] except)
    {
        foreach (var row in Project.Matrix.Rows.Where(r => !except.Contains(r.Key)))
        {
            foreach (var role in row.Owners)
            {
                if (!row.Confirmations.Has(role)) Project.ConfirmFunction(row.Key, PersonFor(role), Now);
            }
        }
        return this;
    }

    public ProjectScenario DoSteps(params KickoffStep[] except)
    {
        foreach (var step in KickoffSteps.All.Where(s => !except.Contains(s)))
            Project.CompleteKickoffStep(step, PersonFor(KickoffSteps.RoleFor(step)), Now);
        return this;
    }

    public ProjectScenario NameSpoc()
    {
        Project.MarkSpocNamed(ProjectRole.Producer, "producer-subject", "Pat Producer", Now);
        return this;
    }

    public ProjectScenario DeclareHierarchy()
    {
        Project.DeclareHierarchy(Hierarchy.Peers, Pm);
        return this;
    }

    public ProjectScenario SetCadence()
    {
        Project.SetCadence(new CommunicationCadence(CadenceFrequency.Weekly, "Monday sync"), Producer);
        return this;
    }

    /// <summary>Every kickoff condition met (the milestones are passed to Start).</summary>
    public ProjectScenario ReadyToStart() => ConfirmFunctions().DoSteps().NameSpoc().DeclareHierarchy().SetCadence();

    public ProjectScenario Started()
    {
        ReadyToStart();
        Project.Start(Pm, BothPlanned, Now);
        return this;
    }

    /// <summary>Every closeout item confirmed by its owner, except those listed.</summary>
    public ProjectScenario ConfirmCloseout(params string[] except)
    {
        foreach (var key in CloseoutItems.All.Where(k => !except.Contains(k)))
        {
            foreach (var role in Project.OwnersOf(key))
            {
                if (Project.CloseoutConfirmations.GetValueOrDefault(key)?.Has(role) != true)
                    Project.ConfirmCloseoutItem(key, PersonFor(role), Now);
            }
        }
        return this;
    }

    public ProjectScenario RecordRetro()
    {
        Project.RecordRetro("Keep the Monday sync; lock the brief earlier.", [Pm, Producer], Pm, Now);
        return this;
    }

    public T Events<T>() => Project.DomainEvents.OfType<T>().Single();
}
