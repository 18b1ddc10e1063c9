using Crewline.BuildingBlocks.Validation;
using Crewline.Contracts;
using Crewline.ScopeChanges.Domain;
using Google.Protobuf.WellKnownTypes;
using Ownership = Crewline.Contracts.Ownership.V1;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

/// <summary>From the change request aggregate to its proto message (the whole workflow: assessments, versions, history, escalations).</summary>
internal static class ChangeRequestMapping
{
    public static Proto.ChangeRequestStatus ToProto(this ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.Requested => Proto.ChangeRequestStatus.Requested,
        ChangeRequestStatus.Assessing => Proto.ChangeRequestStatus.Assessing,
        ChangeRequestStatus.Combined => Proto.ChangeRequestStatus.Combined,
        ChangeRequestStatus.SigningOff => Proto.ChangeRequestStatus.SigningOff,
        ChangeRequestStatus.Approved => Proto.ChangeRequestStatus.Approved,
        ChangeRequestStatus.SentToClient => Proto.ChangeRequestStatus.SentToClient,
        ChangeRequestStatus.ClientAccepted => Proto.ChangeRequestStatus.ClientAccepted,
        ChangeRequestStatus.ClientDeclined => Proto.ChangeRequestStatus.ClientDeclined,
        ChangeRequestStatus.Rejected => Proto.ChangeRequestStatus.Rejected,
        ChangeRequestStatus.ReturnedForReassessment => Proto.ChangeRequestStatus.ReturnedForReassessment,
        ChangeRequestStatus.Cancelled => Proto.ChangeRequestStatus.Cancelled,
        _ => throw ProtoEnums.Unmapped(status),
    };

    public static ChangeRequestStatus? ToDomain(this Proto.ChangeRequestStatus status) =>
        status == Proto.ChangeRequestStatus.Unspecified ? null : (ChangeRequestStatus)(int)status;

    public static Proto.ChangeRequest ToProto(this ChangeRequest c)
    {
        var proto = new Proto.ChangeRequest
        {
            ChangeRequestId = c.Id.ToString(),
            ProjectId = c.ProjectId.ToString(),
            OrgId = c.OrgId.ToString(),
            Title = c.Title,
            Description = c.Description,
            Status = c.Status.ToProto(),
            SubmittedBy = c.SubmittedBy,
            SubmittedAt = Timestamp.FromDateTimeOffset(c.SubmittedAt),
            RequestedDeliverables = { c.RequestedDeliverables },
            RequestedBy = c.RequestedBy,
            ReceivedAt = Timestamp.FromDateTimeOffset(c.ReceivedAt),
            InboundMessageId = c.InboundMessageId?.ToString() ?? "",
            CurrentVersion = c.CurrentVersion?.Number ?? 0,
            Versions = { c.Versions.Select(ToProto) },
            History = { c.History.Select(ToProto) },
            Escalations = { c.Escalations.Select(ToProto) },
            ChangeOrderId = c.ChangeOrderId?.ToString() ?? "",
        };
        if (c.DueBy is { } due) proto.DueBy = due.ToProtoDate();
        if (c.Production is { } production) proto.ProductionAssessment = production.ToProto();
        if (c.Flow is { } flow) proto.FlowAssessment = flow.ToProto();
        if (c.DeadlineAt is { } deadline) proto.DeadlineAt = Timestamp.FromDateTimeOffset(deadline);
        return proto;
    }

    private static Proto.ProductionAssessment ToProto(this ProductionAssessment a) => new()
    {
        NoProductionImpact = a.NoProductionImpact,
        CostDeltas = { a.CostDeltas.Select(d => new Proto.CostDelta { Category = Category(d.Category), Amount = d.Amount.ToProtoMoney(a.Currency) }) },
        TotalCost = a.TotalCost.ToProtoMoney(a.Currency),
        ScheduleImpactDays = a.ScheduleImpactDays,
        MovedMilestones = { a.MovedMilestones },
        VendorImplications = a.VendorImplications,
        PlanItems = { a.PlanItems.Select(ToProto) },
        AssessedBy = a.AssessedBy.ToString(),
        AssessedAt = Timestamp.FromDateTimeOffset(a.AssessedAt),
    };

    private static Proto.FlowAssessment ToProto(this FlowAssessment a) => new()
    {
        NoFlowImpact = a.NoFlowImpact,
        ExtraRevisionRounds = a.ExtraRevisionRounds,
        Capacity = { a.Capacity.Select(t => new Proto.TeamHours { Team = t.Team, Hours = t.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture) }) },
        TimelineImpactDays = a.TimelineImpactDays,
        PlanItems = { a.PlanItems.Select(ToProto) },
        AssessedBy = a.AssessedBy.ToString(),
        AssessedAt = Timestamp.FromDateTimeOffset(a.AssessedAt),
    };

    private static Proto.ProposedPlanItem ToProto(ProposedPlanItem i) => new()
    {
        Kind = Kind(i.Kind), Title = i.Title, Start = i.Start.ToProtoDate(), Due = i.Due.ToProtoDate(),
    };

    private static Proto.ResponseVersion ToProto(ResponseVersion v) => new()
    {
        Version = v.Number,
        Production = v.Production.ToProto(),
        Flow = v.Flow.ToProto(),
        TotalCost = v.TotalCost.ToProtoMoney(v.Currency),
        DeliveryShiftDays = v.DeliveryShiftDays,
        AddedDeliverables = { v.AddedDeliverables },
        PlanItems =
        {
            v.PlanItems.Select(i => new Proto.AddedPlanItem
            {
                ItemId = i.ItemId.ToString(), Kind = Kind(i.Kind), OwnerRole = i.OwnerRole.ToProto(), Title = i.Title,
                Start = i.Start.ToProtoDate(), Due = i.Due.ToProtoDate(),
            })
        },
        ExtraRevisionRounds = v.ExtraRevisionRounds,
        CombinedAt = Timestamp.FromDateTimeOffset(v.CombinedAt),
        Signatures =
        {
            v.Signatures.Select(s => new Proto.Signature
            {
                Role = s.Role.ToProto(), PersonId = s.PersonId.ToString(), Subject = s.Subject, SignedAt = Timestamp.FromDateTimeOffset(s.SignedAt),
            })
        },
        Voided = v.Voided,
    };

    private static Proto.HistoryEntry ToProto(HistoryEntry h) => new()
    {
        At = Timestamp.FromDateTimeOffset(h.At), Action = h.Action, By = h.By,
        FromStatus = h.From.ToProto(), ToStatus = h.To.ToProto(), Version = h.Version, Note = h.Note,
    };

    private static Proto.Escalation ToProto(Escalation e)
    {
        var proto = new Proto.Escalation
        {
            Stage = e.Stage == EscalationStage.Assessment ? Proto.EscalationStage.Assessment : Proto.EscalationStage.SignOff,
            Level = e.Level == EscalationLevel.OwningRole ? Proto.EscalationLevel.OwningRole : Proto.EscalationLevel.Leadership,
            OverdueRoles = { e.OverdueRoles.Select(r => r.ToProto()) },
            Version = e.Version,
            DeadlineAt = Timestamp.FromDateTimeOffset(e.DeadlineAt),
            RaisedAt = Timestamp.FromDateTimeOffset(e.RaisedAt),
        };
        if (e.Level == EscalationLevel.Leadership) proto.EscalatedTo.Add(Contracts.Common.V1.ProjectRole.Leadership);
        else proto.EscalatedTo.AddRange(e.OverdueRoles.Select(r => r.ToProto()));
        return proto;
    }

    private static Ownership.BudgetCategory Category(string name) =>
        ProtoEnums.TryParse<Ownership.BudgetCategory>(name, out var category) ? category : Ownership.BudgetCategory.Unspecified;

    private static Ownership.PlanItemKind Kind(string name) =>
        ProtoEnums.TryParse<Ownership.PlanItemKind>(name, out var kind) ? kind : Ownership.PlanItemKind.Unspecified;
}
