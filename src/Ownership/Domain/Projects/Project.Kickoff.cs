using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain;

/// <summary>Kickoff: the relationship defined in writing (R-KICK-1..3, R-IND-5).</summary>
public sealed partial class Project
{
    private static readonly ProjectRole[] PmOrProducer = [ProjectRole.ProjectManager, ProjectRole.Producer];
    private readonly HashSet<KickoffStep> _stepsDone = [];

    /// <summary>The declared reporting line; <see cref="Hierarchy.Undeclared"/> until someone declares it, whatever the preset proposes (R-IND-5).</summary>
    public Hierarchy Hierarchy { get; private set; } = Hierarchy.Undeclared;

    /// <summary>What the preset or a template proposes; it counts only once declared.</summary>
    public Hierarchy ProposedHierarchy { get; private set; } = Hierarchy.Undeclared;

    public CommunicationCadence? Cadence { get; private set; }

    /// <summary>A template's cadence (R-KICK-3); it counts only once set.</summary>
    public CommunicationCadence? ProposedCadence { get; private set; }

    public SpocRecord? Spoc { get; private set; }

    public IReadOnlySet<KickoffStep> KickoffStepsDone => _stepsDone;

    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>Declares the hierarchy (peers, or which role is senior) in writing.</summary>
    public void DeclareHierarchy(Hierarchy hierarchy, Guid by)
    {
        EnsureNotClosed();
        EnsureHoldsAny(by, "declare the hierarchy", OwnershipEditors);
        if (hierarchy == Hierarchy.Undeclared || !Enum.IsDefined(hierarchy))
            throw new ValidationException("hierarchy", "must be peers, producer senior or PM senior");
        Hierarchy = hierarchy;
        Raise(new HierarchyDeclared(Id, hierarchy, by));
    }

    /// <summary>Sets the PM–producer communication cadence.</summary>
    public void SetCadence(CommunicationCadence cadence, Guid by)
    {
        EnsureNotClosed();
        EnsureHoldsAny(by, "set the communication cadence", OwnershipEditors);
        Cadence = cadence;
        Raise(new CadenceSet(Id, cadence, by));
    }

    /// <summary>
    /// Records the SPOC named by the client-comms service (its SpocNamed event). A naming older than
    /// the one recorded is ignored (redelivery, out-of-order arrival); false when nothing changed.
    /// </summary>
    public bool MarkSpocNamed(ProjectRole role, string personSubject, string personName, DateTimeOffset namedAt)
    {
        if (!Enum.IsDefined(role)) throw new ValidationException("role", $"unknown role {role}");
        if (string.IsNullOrWhiteSpace(personSubject)) throw new ValidationException("person_subject", "must not be empty");
        if (string.IsNullOrWhiteSpace(personName)) throw new ValidationException("person_name", "must not be empty");
        var spoc = new SpocRecord(role, personSubject.Trim(), personName.Trim(), namedAt);
        if (Spoc is { } current && (current.NamedAt > namedAt || current == spoc)) return false;
        Spoc = spoc;
        Raise(new SpocRecorded(Id, spoc.Role, spoc.PersonSubject, spoc.PersonName, spoc.NamedAt));
        return true;
    }

    /// <summary>R-KICK-2: a presentation or scope confirmation, done only by a member holding the step's role.</summary>
    public void CompleteKickoffStep(KickoffStep step, Guid by, DateTimeOffset now)
    {
        if (!Enum.IsDefined(step)) throw new ValidationException("step", $"unknown kickoff step {step}");
        if (Phase != ProjectPhase.Kickoff)
            throw new RuleViolationException("R-KICK-2", "Kickoff steps are done during kickoff; this project has left it.");
        EnsureHoldsAny(by, KickoffSteps.Describe(step).Replace("the ", "", StringComparison.Ordinal), KickoffSteps.RoleFor(step));
        if (_stepsDone.Add(step)) Raise(new KickoffStepCompleted(Id, step, by, now));
    }

    /// <summary>
    /// R-KICK-3: prefills owners and proposes the hierarchy and cadence from an earlier project or
    /// pair. Confirmations are never taken over: every prefilled row is unconfirmed, and the
    /// hierarchy and cadence still have to be declared and set.
    /// </summary>
    public void ApplyTemplate(ProjectTemplate template, Guid by)
    {
        if (Phase != ProjectPhase.Kickoff)
            throw new RuleViolationException("R-KICK-3", "A template prefills a project in kickoff only.");
        EnsureHoldsAny(by, "apply a kickoff template", OwnershipEditors);
        var prefilled = 0;
        ReportNewFindings(() =>
        {
            foreach (var templateRow in template.Rows)
            {
                if (Matrix.Find(templateRow.FunctionKey) is not { } row) continue;
                row.Prefill(templateRow.Owners, templateRow.IsShared);
                prefilled++;
            }
        });
        if (template.Hierarchy != Hierarchy.Undeclared) ProposedHierarchy = template.Hierarchy;
        if (template.Cadence is not null) ProposedCadence = template.Cadence;
        Raise(new TemplateApplied(Id, prefilled, by));
    }

    /// <summary>Every condition still keeping the project in kickoff (empty when it may start).</summary>
    /// <param name="rolesWithPlannedMilestones">The roles with milestones on the shared plan (the plan is kept elsewhere).</param>
    public IReadOnlyList<UnmetKickoffCondition> UnmetKickoffConditions(IReadOnlySet<ProjectRole> rolesWithPlannedMilestones) =>
        KickoffGate.Evaluate(Matrix, Members, Spoc, Hierarchy, Cadence, _stepsDone, rolesWithPlannedMilestones);

    /// <summary>
    /// Leaves kickoff (R-KICK-1). Throws <see cref="KickoffNotReadyException"/> listing every unmet
    /// condition. Started by a member holding the PM or producer role.
    /// </summary>
    public void Start(Guid by, IReadOnlySet<ProjectRole> rolesWithPlannedMilestones, DateTimeOffset now)
    {
        if (Phase != ProjectPhase.Kickoff)
            throw new RuleViolationException(KickoffGate.RuleId, $"The project has already left kickoff (it is {Phase}).");
        EnsureHoldsAny(by, "start the project", PmOrProducer);
        var unmet = UnmetKickoffConditions(rolesWithPlannedMilestones);
        if (unmet.Count > 0) throw new KickoffNotReadyException(unmet);
        Phase = ProjectPhase.Active;
        StartedAt = now;
        Raise(new ProjectStarted(Id, by, now));
    }
}
