using System.Globalization;
using System.Text;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Paging;
using Events = Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Domain.Decisions;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Features.Access;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Decisions;

/// <summary>
/// Decision rights (R-ROUTE-1..3) and the append-only decision log (R-ROUTE-4): route, record,
/// list, export, and unstated-hierarchy findings from the log (R-FAIL-3). There is deliberately no
/// update or delete of a decision.
/// </summary>
public sealed class DecisionLogHandler(
    OwnershipDbContext db,
    ProjectAccess access,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    TimeProvider clock)
{
    private static readonly JsonFormatter ExportJson = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public async Task<Proto.DecisionRoute> WhoDecidesAsync(Proto.WhoDecidesRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var byFunction = !string.IsNullOrWhiteSpace(request.FunctionKey);
        var byCategory = request.Category != Proto.DecisionCategory.Unspecified;
        validator.Check(byFunction != byCategory, byFunction ? "category" : "function_key",
            "give exactly one of function_key and category");
        if (byCategory) validator.KnownEnum(request.Category, "category");
        if (byFunction) validator.RequiredText(request.FunctionKey, "function_key", FunctionDefinition.MaxKeyLength);
        validator.ThrowIfInvalid();

        var member = await access.RequireMemberAsync(projectId, caller, cancellationToken);
        var route = byFunction
            ? DecisionRouter.WhoDecides(member.Project, request.FunctionKey.Trim())
            : DecisionRouter.WhoDecides(member.Project, request.Category.ToDomain(), request.ProductionDependenciesAffected);
        return route.ToProto();
    }

    public async Task<Proto.Decision> RecordAsync(Proto.RecordDecisionRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator
            .RequiredText(request.FunctionKey, "function_key", FunctionDefinition.MaxKeyLength)
            .RequiredText(request.What, "what", Decision.MaxWhatLength)
            .RequiredText(request.Why, "why", Decision.MaxWhyLength)
            .Check(request.BriefedRoles.All(r => r != Contracts.Common.V1.ProjectRole.Unspecified && Enum.IsDefined(r)), "briefed_roles", "contains an unknown role")
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .ThrowIfInvalid();

        var member = await access.RequireMemberAsync(projectId, caller, cancellationToken);
        var id = await idempotency.RunOnceAsync("RecordDecision", request.IdempotencyKey, request, () =>
        {
            var decision = Decision.Record(
                Guid.CreateVersion7(), caller.OrgId, member.Project, request.FunctionKey.Trim(), member.PersonId,
                request.What, request.Why, request.BriefedRoles.Select(r => r.ToDomain()), clock.GetUtcNow());
            decision.TakeDomainEvents();
            db.Set<Decision>().Add(decision);
            outbox.Enqueue(new Events.DecisionRecorded(
                decision.OrgId, decision.ProjectId, decision.Id, decision.FunctionKey, decision.DecidedBy,
                decision.DeciderRoles.ContractNames(), decision.OwnerRoles.ContractNames(), decision.BriefedRoles.ContractNames(),
                decision.IsOverride, decision.DecidedAt, decision.What, decision.Why, decision.CoDecidedBy, decision.ChangeRequestId));
            return decision.Id;
        }, cancellationToken);
        outbox.NotifyCommitted();
        var saved = await db.Set<Decision>().AsNoTracking().SingleAsync(d => d.Id == id && d.ProjectId == projectId, cancellationToken);
        return saved.ToProto();
    }

    /// <summary>The log newest first; the page token is the (decided_at, decision_id) of the last item.</summary>
    public async Task<Proto.ListDecisionsResponse> ListAsync(Proto.ListDecisionsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();
        await access.RequireMemberAsync(projectId, caller, cancellationToken);

        var query = db.Set<Decision>().AsNoTracking().Where(d => d.ProjectId == projectId);
        var page = await query.NewestFirstPageAsync(d => d.DecidedAt, d => d.Id, after, size, cancellationToken);

        var response = new Proto.ListDecisionsResponse();
        response.Decisions.AddRange(page.Items.Select(d => d.ToProto()));
        response.NextPageToken = page.NextPageToken;
        return response;
    }

    /// <summary>The whole log, oldest first, as CSV or JSON (R-ROUTE-4).</summary>
    public async Task<Proto.ExportDecisionsResponse> ExportAsync(Proto.ExportDecisionsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.KnownEnum(request.Format, "format").ThrowIfInvalid();
        await access.RequireMemberAsync(projectId, caller, cancellationToken);

        var log = await db.Set<Decision>().AsNoTracking().Where(d => d.ProjectId == projectId)
            .OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var csv = request.Format == Proto.ExportFormat.Csv;
        return new Proto.ExportDecisionsResponse
        {
            Format = request.Format,
            ContentType = csv ? "text/csv" : "application/json",
            Content = csv ? ToCsv(log) : "[" + string.Join(",", log.Select(d => ExportJson.Format(d.ToProto()))) + "]",
            DecisionCount = log.Count,
        };
    }

    public async Task<Proto.GetHierarchyFindingsResponse> HierarchyFindingsAsync(
        Proto.GetHierarchyFindingsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        var member = await access.RequireMemberAsync(projectId, caller, cancellationToken);

        var overrides = await db.Set<Decision>().AsNoTracking().Where(d => d.ProjectId == projectId && d.IsOverride)
            .OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var response = new Proto.GetHierarchyFindingsResponse { OverrideCount = overrides.Count };
        response.Findings.AddRange(UnstatedHierarchyDetector.Detect(member.Project, overrides).Select(f => f.ToProto()));
        return response;
    }

    internal static readonly string[] CsvColumns =
    [
        "decision_id", "decided_at", "function_key", "what", "why", "decided_by", "decider_roles", "owner_roles",
        "briefed_roles", "is_override", "override_reason",
    ];

    private static string ToCsv(IEnumerable<Decision> log)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', CsvColumns).Append("\r\n");
        foreach (var d in log)
        {
            string[] fields =
            [
                d.Id.ToString(), d.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                d.FunctionKey, d.What, d.Why, d.DecidedBy.ToString(),
                string.Join(';', d.DeciderRoles), string.Join(';', d.OwnerRoles), string.Join(';', d.BriefedRoles),
                d.IsOverride ? "true" : "false", d.OverrideReason ?? "",
            ];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled.</summary>
    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
