using Crewline.Contracts;
using Crewline.Contracts.Reporting.V1;
using ProjectSummary = Crewline.Reporting.Domain.ProjectSummary;
using Crewline.Reporting.Domain.Portfolio;
using Google.Protobuf.WellKnownTypes;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Scope = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>Read-model rows to the proto messages of reporting_status.proto.</summary>
internal static class PortfolioMapping
{
    public static Timestamp Time(DateTimeOffset at) => Timestamp.FromDateTimeOffset(at);

    public static Common.ProjectRole Role(string name) => ProtoEnums.TryParse<Common.ProjectRole>(name, out var role) ? role : Common.ProjectRole.Unspecified;

    public static Own.ProjectPhase PhaseOf(ProjectSummary p) =>
        p.ClosedAt is not null ? Own.ProjectPhase.Closed : p.StartedAt is not null ? Own.ProjectPhase.Active : Own.ProjectPhase.Kickoff;

    /// <summary>
    /// One matrix row as the grid shows it, judged as Ownership judges it under R-OWN-7 so the grid's gaps
    /// and duplicates are the findings' gaps and duplicates: two or more owners not declared shared are a
    /// duplicate; otherwise a function with no owner, or with an owner role nobody on the project holds
    /// (the only owner's, or a co-owner's of a shared function), is a gap.
    /// </summary>
    public static OwnershipCell Cell(MatrixRow m, IReadOnlySet<string> heldRoles)
    {
        var owners = m.OwnerRoles;
        var cell = new OwnershipCell
        {
            FunctionKey = m.FunctionKey,
            FunctionName = m.Name ?? m.FunctionKey,
            Ownership = owners.Count switch
            {
                0 => Own.RowOwnership.Unowned,
                > 1 when !m.IsShared => Own.RowOwnership.Duplicated,
                _ when !owners.All(heldRoles.Contains) => Own.RowOwnership.Unowned,
                1 => Own.RowOwnership.SingleOwner,
                _ => Own.RowOwnership.Shared,
            },
            Confirmed = m.Confirmed,
        };
        cell.OwnerRoles.AddRange(owners.Select(Role));
        return cell;
    }

    public static PlanItemView PlanItem(PlanItemRow p, DateOnly today) => new()
    {
        ItemId = p.ItemId.ToString(),
        Title = p.Title,
        Kind = ProtoEnums.TryParse<Own.PlanItemKind>(p.Kind, out var kind) ? kind : Own.PlanItemKind.Unspecified,
        OwnerRole = Role(p.OwnerRole),
        StartDate = p.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        DueDate = p.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        Status = ProtoEnums.TryParse<Own.PlanItemStatus>(p.Status, out var status) ? status : Own.PlanItemStatus.Unspecified,
        Late = p.IsLate(today),
        ChangeRequestId = p.ChangeRequestId?.ToString() ?? "",
    };

    public static ScopeChangeEntry ScopeChange(ScopeChangeRow s, string projectName, DateTimeOffset now)
    {
        var entry = new ScopeChangeEntry
        {
            ChangeRequestId = s.ChangeRequestId.ToString(),
            ProjectId = s.ProjectId.ToString(),
            ProjectName = projectName,
            Summary = s.Title,
            Status = (Scope.ChangeRequestStatus)s.Status,
            RequestedAt = s.RequestedAt is { } r ? Time(r) : null,
            AssessedAt = s.AssessedAt is { } a ? Time(a) : null,
            ApprovedAt = s.ApprovedAt is { } ap ? Time(ap) : null,
            ClosedAt = s.ClosedAt is { } c ? Time(c) : null,
            SignatureDueAt = s.SignatureDueAt is { } d ? Time(d) : null,
            CycleSeconds = CycleSeconds(s, now),
        };
        entry.SignedBy.AddRange(s.SignedRolesOfCurrentVersion().Select(Role).Order());
        return entry;
    }

    public static long CycleSeconds(ScopeChangeRow s, DateTimeOffset now) =>
        s.RequestedAt is { } requested ? (long)((s.ClosedAt ?? now) - requested).TotalSeconds : 0;

    public static ConversationView Conversation(IReadOnlyList<ProjectFact> facts)
    {
        IEnumerable<ProjectFact> Of(string kind) => facts.Where(f => f.Kind == kind);
        var sent = Of(FactKinds.MessageSent).Select(f => f.Key).ToHashSet();
        var delivered = Of(FactKinds.DeliveryDone).Select(f => f.Key).ToHashSet();
        var lastSent = Of(FactKinds.MessageSent).Max(f => f.At);
        var lastReceived = Of(FactKinds.MailReceived).Max(f => f.At);
        return new ConversationView
        {
            MessagesSent = sent.Count,
            DraftsWaiting = Of(FactKinds.MessageHandedToSpoc).Count(f => !sent.Contains(f.Key)),
            DeliveriesFailed = Of(FactKinds.DeliveryFailed).Count(f => !delivered.Contains(f.Key)),
            ConflictingStatusRefused = Of(FactKinds.StatusRefused).Count(),
            LastSentAt = lastSent is { } s ? Time(s) : null,
            LastReceivedAt = lastReceived is { } r ? Time(r) : null,
        };
    }

    public static ReportedFinding Finding(Domain.Findings.ReportedFinding f, string projectName) => new()
    {
        FindingId = f.FindingId.ToString(),
        Finding = new Common.Finding
        {
            Kind = ProtoEnums.TryParse<Common.FindingKind>(f.Kind, out var kind) ? kind : Common.FindingKind.Unspecified,
            RuleId = f.RuleId,
            ProjectId = f.ProjectId.ToString(),
            FunctionKey = f.FunctionKey,
            Evidence = f.Evidence,
            Fix = f.Fix,
        },
        ProjectName = projectName,
        OpenedAt = Time(f.OpenedAt),
        ClosedAt = f.ClosedAt is { } c ? Time(c) : null,
        Cause = f.Cause,
    };
}
