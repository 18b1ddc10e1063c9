using Crewline.BuildingBlocks.Domain;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Matrix;
using Crewline.Ownership.Domain.Members;
using Crewline.Ownership.Domain.Orgs;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain;

/// <summary>
/// A project of one org: its members, its ownership matrix (R-OWN), the kickoff that defines the
/// PM–producer relationship in writing (R-KICK) and the closeout (R-CLOSE). Behaviour is split
/// over <c>Projects/Project.*.cs</c>: matrix, kickoff, closeout.
/// </summary>
public sealed partial class Project : AggregateRoot, IOrgOwned, IProjectOwnership
{
    public const int MaxNameLength = 200;

    private Project() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public string Name { get; private set; } = "";
    public ProjectType Type { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public ProjectPhase Phase { get; private set; } = ProjectPhase.Kickoff;

    /// <summary>What the org's industry preset proposed (R-IND-1..4); only a proposal (R-IND-5).</summary>
    public PresetProposal Proposal { get; private set; } = PresetDefaults.None;
    public ComplexityTier? ComplexityTier { get; private set; }

    /// <summary>The people on the project and their roles; the creator is a member only when added.</summary>
    public ProjectMembers Members { get; } = new();

    /// <summary>One row per function (R-OWN-1).</summary>
    public OwnershipMatrix Matrix { get; private set; } = new();

    /// <param name="preset">The org's industry preset; null: the catalog's owners and no hierarchy proposal.</param>
    /// <param name="complexityTier">Required for a tech in-house org (R-IND-4).</param>
    /// <param name="catalog">The org's catalog (built-in and its own functions, R-OWN-8); the built-in one when null.</param>
    public static Project Create(
        Guid id, Guid orgId, string name, ProjectType type, string createdBy, DateTimeOffset now,
        IndustryPreset? preset = null, ComplexityTier? complexityTier = null, FunctionCatalog? catalog = null)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            throw new ArgumentException($"A project name has 1 to {MaxNameLength} characters.", nameof(name));
        if (!Enum.IsDefined(type)) throw new ArgumentOutOfRangeException(nameof(type));
        var proposal = PresetDefaults.For(preset, complexityTier);
        return new Project
        {
            Id = id,
            OrgId = orgId,
            Name = name.Trim(),
            Type = type,
            CreatedBy = createdBy,
            CreatedAt = now,
            Proposal = proposal,
            ComplexityTier = complexityTier,
            ProposedHierarchy = proposal.Hierarchy,
            Matrix = OwnershipMatrix.From(catalog ?? FunctionCatalog.Default, proposal),
        };
    }

    // ---- members ----

    /// <summary>Gives a person a role on the project (a second role makes them wear both hats).</summary>
    public void AddMember(Guid personId, ProjectRole role)
    {
        EnsureNotClosed();
        if (personId == Guid.Empty) throw new ValidationException("person_id", "must not be empty");
        if (!Enum.IsDefined(role)) throw new ValidationException("role", $"unknown role {role}");
        if (Members.Add(personId, role)) Raise(new MemberAdded(Id, personId, role));
    }

    /// <summary>Takes a role away; a function whose owner role nobody holds any more is reported as a gap (R-OWN-7).</summary>
    public void RemoveRole(Guid personId, ProjectRole role)
    {
        EnsureNotClosed();
        ReportNewFindings(() =>
        {
            if (!Members.Remove(personId, role))
                throw new ValidationException("role", $"person {personId} does not hold the {RoleNames.Of(role)} role on this project");
            Raise(new MemberRoleRemoved(Id, personId, role));
        });
    }

    // ---- IProjectOwnership ----

    Guid IProjectOwnership.ProjectId => Id;

    public FunctionDefinition? FunctionOf(string functionKey) => Matrix.Find(functionKey)?.Function;

    public IReadOnlyList<ProjectRole> OwnersOf(string functionKey) => Matrix.Find(functionKey)?.Owners ?? [];

    public bool IsShared(string functionKey) => Matrix.Find(functionKey)?.IsShared ?? false;

    public IReadOnlySet<ProjectRole> RolesOf(Guid personId) => Members.RolesOf(personId);

    public IReadOnlyList<Guid> MembersWith(ProjectRole role) => Members.With(role);

    // ---- guards shared by the parts ----

    private void EnsureNotClosed()
    {
        if (Phase == ProjectPhase.Closed)
            throw new RuleViolationException("R-CLOSE-1", "The project is closed; it can no longer change.");
    }

    /// <summary>The person must hold one of the roles; otherwise they act outside their role.</summary>
    private void EnsureHoldsAny(Guid personId, string action, params ProjectRole[] roles)
    {
        if (!Members.HoldsAny(personId, roles))
            throw new PermissionDeniedException($"Only a member holding the {string.Join(" or ", roles.Select(RoleNames.Of))} role may {action}.");
    }
}
