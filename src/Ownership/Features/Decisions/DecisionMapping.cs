using Crewline.Ownership.Domain.Decisions;
using Google.Protobuf.WellKnownTypes;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Decisions;

/// <summary>Domain ↔ proto for decision rights, the decision log and joint escalations.</summary>
internal static class DecisionMapping
{
    public static Proto.DecisionRoute ToProto(this DecisionRoute route) => new()
    {
        FunctionKey = route.FunctionKey ?? "",
        DecidingRoles = { route.DecidingRoles.ToProto() },
        DeciderPersonIds = { route.DeciderIds.Select(id => id.ToString()) },
        BriefedRoles = { route.BriefedRoles.ToProto() },
        BriefedPersonIds = { route.BriefedIds.Select(id => id.ToString()) },
        LeadershipJointly = route.LeadershipJointly,
        Reason = route.Reason,
        RuleId = route.RuleId,
    };

    public static Proto.Decision ToProto(this Decision decision) => new()
    {
        DecisionId = decision.Id.ToString(),
        ProjectId = decision.ProjectId.ToString(),
        FunctionKey = decision.FunctionKey,
        What = decision.What,
        Why = decision.Why,
        DecidedBy = decision.DecidedBy.ToString(),
        DeciderRoles = { decision.DeciderRoles.ToProto() },
        OwnerRoles = { decision.OwnerRoles.ToProto() },
        BriefedRoles = { decision.BriefedRoles.ToProto() },
        DecidedAt = Timestamp.FromDateTimeOffset(decision.DecidedAt),
        IsOverride = decision.IsOverride,
        OverrideReason = decision.OverrideReason ?? "",
        CoDecidedBy = decision.CoDecidedBy?.ToString() ?? "",
        ChangeRequestId = decision.ChangeRequestId?.ToString() ?? "",
    };

    public static Proto.JointEscalation ToProto(this JointEscalation escalation) => new()
    {
        EscalationId = escalation.Id.ToString(),
        ProjectId = escalation.ProjectId.ToString(),
        ProjectManagerId = escalation.ProjectManagerId.ToString(),
        ProducerId = escalation.ProducerId.ToString(),
        Subject = escalation.Subject,
        Why = escalation.Why,
        EscalatedTo = escalation.EscalatedTo.ToProto(),
        RaisedAt = Timestamp.FromDateTimeOffset(escalation.RaisedAt),
        Outcome = escalation.Outcome ?? "",
        ResolvedAt = escalation.ResolvedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        Resolved = escalation.IsResolved,
    };
}
