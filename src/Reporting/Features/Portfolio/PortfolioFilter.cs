using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts;
using Crewline.Contracts.Reporting.V1;
using ProjectSummary = Crewline.Reporting.Domain.ProjectSummary;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Infrastructure;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>The portfolio's filters (type, phase, owner, risk), validated once and applied as SQL.</summary>
public sealed record PortfolioFilter(string? ProjectType, Own.ProjectPhase Phase, Guid? OwnerPersonId, RiskFilter Risk)
{
    public static PortfolioFilter Validate(Own.ProjectType type, Own.ProjectPhase phase, string owner, RiskFilter risk, RequestValidator validator)
    {
        validator.Check(Enum.IsDefined(type), "project_type", "must be a known project type or unspecified");
        validator.Check(Enum.IsDefined(phase), "phase", "must be a known phase or unspecified");
        validator.Check(Enum.IsDefined(risk), "risk", "must be a known risk filter or unspecified");
        Guid? ownerId = string.IsNullOrEmpty(owner) ? null : validator.Uuid(owner, "owner_person_id");
        return new PortfolioFilter(type == Own.ProjectType.Unspecified || !Enum.IsDefined(type) ? null : ProtoEnums.NameOf(type), phase, ownerId, risk);
    }

    /// <summary>True when no filter is set: every readable project matches.</summary>
    public bool IsEmpty => ProjectType is null && Phase == Own.ProjectPhase.Unspecified && OwnerPersonId is null && Risk == RiskFilter.Unspecified;

    public IQueryable<ProjectSummary> Apply(ReportingDbContext db, IQueryable<ProjectSummary> projects, DateTimeOffset now)
    {
        if (ProjectType is { } type) projects = projects.Where(p => p.ProjectType == type);
        projects = Phase switch
        {
            Own.ProjectPhase.Kickoff => projects.Where(p => p.StartedAt == null && p.ClosedAt == null),
            Own.ProjectPhase.Active => projects.Where(p => p.StartedAt != null && p.ClosedAt == null),
            Own.ProjectPhase.Closed => projects.Where(p => p.ClosedAt != null),
            _ => projects,
        };
        if (OwnerPersonId is { } owner)
        {
            var owned = db.Set<ReplicaProjectRole>().Where(r => r.PersonId == owner && r.Holds).Select(r => r.ProjectId);
            projects = projects.Where(p => owned.Contains(p.ProjectId));
        }
        var findings = db.Findings.Where(f => f.ClosedAt == null);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return Risk switch
        {
            RiskFilter.AnyFinding => projects.Where(p => findings.Any(f => f.ProjectId == p.ProjectId)),
            RiskFilter.DuplicatedFunction => projects.Where(p => findings.Any(f => f.ProjectId == p.ProjectId && f.RuleId == "R-FAIL-1")),
            RiskFilter.Gap => projects.Where(p => findings.Any(f => f.ProjectId == p.ProjectId && f.RuleId == "R-FAIL-2")),
            RiskFilter.UnstatedHierarchy => projects.Where(p => findings.Any(f => f.ProjectId == p.ProjectId && f.RuleId == "R-FAIL-3")),
            RiskFilter.LateWork => projects.Where(p => db.Set<PlanItemRow>().Any(i =>
                i.ProjectId == p.ProjectId && i.Added && !i.Withdrawn && i.Due < today && i.Status != PlanItemRow.Done)),
            _ => projects,
        };
    }
}
