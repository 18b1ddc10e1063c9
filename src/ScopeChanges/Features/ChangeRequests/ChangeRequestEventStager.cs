using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Features.ChangeOrders;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

/// <summary>
/// Turns what a change request raised into integration events on the outbox, in the unit of work that
/// saves the change. On approval it also writes the change order (R-SCOPE-4) and hands it to client
/// communications (R-SCOPE-5): <see cref="ScopeChangeApproved"/> and <see cref="ChangeOrderIssued"/>
/// commit with the approving signature, or not at all.
/// </summary>
public sealed class ChangeRequestEventStager(EventOutbox outbox, ChangeOrderWriter changeOrders)
{
    public async Task StageAsync(ChangeRequest change, CancellationToken cancellationToken)
    {
        for (var raised = change.TakeDomainEvents(); raised.Count > 0; raised = change.TakeDomainEvents())
        {
            foreach (var e in raised)
            {
                if (e is ChangeApproved approved) await changeOrders.WriteAndSendAsync(change, approved, cancellationToken);
                else if (ToContract(change, e) is { } contract) outbox.Enqueue(contract);
            }
        }
    }

    private static object? ToContract(ChangeRequest c, object raised) => raised switch
    {
        ChangeRequestRaised e => new ScopeChangeRequested(c.OrgId, c.ProjectId, c.Id, c.Title, c.SubmittedBy, e.At),
        AssessmentRecorded e => new ScopeChangeAssessmentSubmitted(c.OrgId, c.ProjectId, c.Id, e.Role.MembershipName(), e.By, e.NoImpact, e.At),
        ResponseCombined e => new ScopeChangeResponseCombined(c.OrgId, c.ProjectId, c.Id, e.Version, c.CurrentVersion!.TotalCost,
            c.CurrentVersion.Currency, c.CurrentVersion.DeliveryShiftDays, c.CurrentVersion.PlanItems.Count, e.VoidedEarlier ? e.Version - 1 : 0, e.At),
        ResponseSigned e => new ScopeChangeSigned(c.OrgId, c.ProjectId, c.Id, e.Version, e.Role.MembershipName(), e.By, e.At),
        ResponseRejected e => new ScopeChangeRejected(c.OrgId, c.ProjectId, c.Id, e.Version, e.Role.MembershipName(), e.By, e.Reason, e.At),
        ResponseReturned e => new ScopeChangeReturnedForReassessment(c.OrgId, c.ProjectId, c.Id, e.Version, e.Role.MembershipName(), e.By, e.Reason, e.At),
        ChangeCancelled e => new ScopeChangeCancelled(c.OrgId, c.ProjectId, c.Id, e.By, e.Reason, e.At),
        ChangeEscalated e => new ScopeChangeEscalated(c.OrgId, c.ProjectId, c.Id,
            ProtoEnums.NameOf(e.Escalation.Stage == EscalationStage.Assessment ? Proto.EscalationStage.Assessment : Proto.EscalationStage.SignOff),
            ProtoEnums.NameOf(e.Escalation.Level == EscalationLevel.OwningRole ? Proto.EscalationLevel.OwningRole : Proto.EscalationLevel.Leadership),
            e.Escalation.Level == EscalationLevel.OwningRole
                ? e.Escalation.OverdueRoles.EventNames()
                : [BuildingBlocks.Membership.MembershipNames.Leadership],
            e.Escalation.OverdueRoles.EventNames(), e.Escalation.Version, e.Escalation.DeadlineAt, e.Escalation.RaisedAt),
        ClientAnswered { Accepted: true } e => new ScopeChangeAccepted(c.OrgId, c.ProjectId, c.Id, e.At),
        ClientAnswered e => new ScopeChangeDeclined(c.OrgId, c.ProjectId, c.Id, e.Note, e.At),
        // Staged by the change order writer together with the change order.
        ChangeOrderSent => null,
        _ => throw new InvalidOperationException($"No integration event for {raised.GetType().Name}."),
    };
}
