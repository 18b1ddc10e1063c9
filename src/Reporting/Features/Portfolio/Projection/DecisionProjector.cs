using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>The decision log: one row per decision, written once.</summary>
public sealed class DecisionProjector : IProjector<DecisionRecorded>
{
    public async Task ApplyAsync(DecisionRecorded e, ProjectionContext context, CancellationToken ct)
    {
        if (await context.Db.Set<DecisionRow>().FindAsync([e.DecisionId], ct) is not null) return;
        context.Db.Set<DecisionRow>().Add(new DecisionRow
        {
            DecisionId = e.DecisionId,
            OrgId = e.OrgId,
            ProjectId = e.ProjectId,
            FunctionKey = e.FunctionKey,
            DecidedBy = e.DecidedBy,
            DecidedAs = e.DeciderRoles.FirstOrDefault() ?? "",
            BriefedRoles = string.Join(',', e.BriefedRoles),
            IsOverride = e.IsOverride,
            Summary = e.Summary,
            Rationale = e.Rationale,
            CoDecidedBy = e.CoDecidedBy,
            ChangeRequestId = e.ChangeRequestId,
            DecidedAt = e.DecidedAt,
        });
    }
}
