namespace Crewline.Ownership.Domain.Decisions;

/// <summary>Domain event: the PM and the producer jointly took an issue to leadership (R-ROUTE-3).</summary>
public sealed record JointEscalationRaised(
    Guid EscalationId, Guid OrgId, Guid ProjectId, Guid ProjectManagerId, Guid ProducerId, string Subject, DateTimeOffset RaisedAt);

/// <summary>Domain event: leadership answered a joint escalation.</summary>
public sealed record JointEscalationResolved(Guid EscalationId, Guid OrgId, Guid ProjectId, string Outcome, DateTimeOffset ResolvedAt);
