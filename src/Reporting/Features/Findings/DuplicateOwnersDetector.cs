using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Features.Findings.Detection;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// R-FAIL-1, duplicated function: two or more accountable owners of one function not declared shared
/// (R-OWN-7). Opens on <see cref="DuplicateOwnershipDetected"/> or on a <see cref="FunctionOwnershipChanged"/>
/// leaving two or more owners not shared; closes on a later <see cref="FunctionOwnershipChanged"/> that
/// leaves one owner (or none), or declares the function shared. One finding per function.
/// </summary>
public sealed class DuplicateOwnersDetector : IProjector<DuplicateOwnershipDetected>, IProjector<FunctionOwnershipChanged>
{
    private static readonly FindingCause Cause = FindingCause.DuplicateOwners;

    public Task ApplyAsync(DuplicateOwnershipDetected e, ProjectionContext context, CancellationToken cancellationToken) =>
        CauseFacts.PresentAsync(context, e.OrgId, e.ProjectId, Cause, e.FunctionKey, e.FunctionKey,
            $"{e.Evidence} Seen {Words.Date(e.DetectedAt)}.", e.DetectedAt, cancellationToken);

    public Task ApplyAsync(FunctionOwnershipChanged e, ProjectionContext context, CancellationToken cancellationToken) =>
        e.Owners.Count >= 2 && !e.IsShared
            ? CauseFacts.PresentAsync(context, e.OrgId, e.ProjectId, Cause, e.FunctionKey, e.FunctionKey,
                $"Function {e.FunctionKey} has {e.Owners.Count} accountable owners ({Words.Roles(e.Owners)}) and is not declared Shared, since {Words.Date(e.At)}.",
                e.At, cancellationToken)
            : CauseFacts.GoneAsync(context, e.OrgId, e.ProjectId, Cause, e.FunctionKey, e.At, forGood: false, cancellationToken);
}
