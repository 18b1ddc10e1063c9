using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Features.Findings.Detection;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// R-FAIL-2, gap: a function nobody owns, or whose owner role nobody on the project holds (R-OWN-7).
/// Opens on <see cref="OwnershipGapDetected"/> or on a <see cref="FunctionOwnershipChanged"/> leaving no
/// owner; closes when a later <see cref="FunctionOwnershipChanged"/> names an owner (an owner role nobody
/// holds makes Ownership publish a new gap at the same time, which keeps the finding open). Silent on a
/// gap closed only by someone taking the owner role: the events of that (ProjectMemberAdded) do not say
/// which functions it fills, so such a finding stays open until the function's owners change again.
/// </summary>
public sealed class UnownedFunctionDetector : IProjector<OwnershipGapDetected>, IProjector<FunctionOwnershipChanged>
{
    private static readonly FindingCause Cause = FindingCause.UnownedFunction;

    public Task ApplyAsync(OwnershipGapDetected e, ProjectionContext context, CancellationToken cancellationToken) =>
        CauseFacts.PresentAsync(context, e.OrgId, e.ProjectId, Cause, e.FunctionKey, e.FunctionKey,
            $"{e.Evidence} Seen {Words.Date(e.DetectedAt)}.", e.DetectedAt, cancellationToken);

    public Task ApplyAsync(FunctionOwnershipChanged e, ProjectionContext context, CancellationToken cancellationToken) =>
        e.Owners.Count == 0
            ? CauseFacts.PresentAsync(context, e.OrgId, e.ProjectId, Cause, e.FunctionKey, e.FunctionKey,
                $"Function {e.FunctionKey} has no accountable owner since {Words.Date(e.At)} (change: {e.Change}).", e.At, cancellationToken)
            : CauseFacts.GoneAsync(context, e.OrgId, e.ProjectId, Cause, e.FunctionKey, e.At, forGood: false, cancellationToken);
}
