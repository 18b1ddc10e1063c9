using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings.Live;

/// <summary>
/// The live channel for dashboards (server streaming): SUBSCRIBED first, then every change of the
/// caller's org that the caller may read — an org admin every project's, any other person of the org
/// the projects they hold a role on, checked per update against the membership replica — and a
/// SUBSCRIBED heartbeat after every <see cref="HeartbeatInterval"/> of quiet.
/// </summary>
public sealed class LiveUpdatesGrpcService(LiveUpdateHub hub, ReportingDbContext db, FindingsQueries queries, TimeProvider clock)
    : LiveUpdatesService.LiveUpdatesServiceBase
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    public override async Task WatchUpdates(WatchUpdatesRequest request, IServerStreamWriter<LiveUpdate> responseStream, ServerCallContext context)
    {
        var caller = context.Caller();
        var cancellationToken = context.CancellationToken;
        var validator = new RequestValidator();
        var onlyProject = request.ProjectId.Length > 0 ? validator.Uuid(request.ProjectId, "project_id") : (Guid?)null;
        validator.ThrowIfInvalid();
        var person = await db.RequireOrgPersonAsync(caller, cancellationToken);
        if (onlyProject is { } project && !await MayReadAsync(caller, person.PersonId, project, cancellationToken))
            throw new PermissionDeniedException("Only the project's members and the org's admins watch its updates.");

        using var subscription = hub.Subscribe(caller.OrgId);
        await responseStream.WriteAsync(Heartbeat(), cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(HeartbeatInterval);
            try
            {
                if (!await subscription.Reader.WaitToReadAsync(quiet.Token)) return;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await responseStream.WriteAsync(Heartbeat(), cancellationToken);
                continue;
            }
            while (subscription.Reader.TryRead(out var notification))
            {
                if (notification.OrgId != caller.OrgId) continue;
                if (onlyProject is { } only && notification.ProjectId != only) continue;
                if (!await MayReadAsync(caller, person.PersonId, notification.ProjectId, cancellationToken)) continue;
                await responseStream.WriteAsync(await UpdateAsync(notification, cancellationToken), cancellationToken);
            }
        }
    }

    /// <summary>An org admin (now) reads every project of the org; anyone else the projects they hold a role on (now).</summary>
    private async Task<bool> MayReadAsync(CallerIdentity caller, Guid personId, Guid projectId, CancellationToken cancellationToken)
    {
        var person = await db.RequireOrgPersonAsync(caller, cancellationToken);
        return person.IsOrgAdmin || (await db.RolesOfAsync(projectId, personId, cancellationToken)).Count > 0;
    }

    private async Task<LiveUpdate> UpdateAsync(LiveNotification notification, CancellationToken cancellationToken)
    {
        var update = new LiveUpdate
        {
            Kind = notification.Change switch
            {
                LiveChange.FindingOpened => LiveUpdateKind.FindingOpened,
                LiveChange.FindingClosed => LiveUpdateKind.FindingClosed,
                _ => LiveUpdateKind.ProjectChanged,
            },
            ProjectId = notification.ProjectId.ToString(),
            At = Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
        };
        if (notification.FindingId is { } findingId
            && await db.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.FindingId == findingId, cancellationToken) is { } finding)
        {
            var names = await queries.ProjectNamesAsync([finding.ProjectId], cancellationToken);
            update.Finding = finding.ToProto(names.GetValueOrDefault(finding.ProjectId, ""));
        }
        return update;
    }

    private LiveUpdate Heartbeat() => new() { Kind = LiveUpdateKind.Subscribed, At = Timestamp.FromDateTimeOffset(clock.GetUtcNow()) };
}
