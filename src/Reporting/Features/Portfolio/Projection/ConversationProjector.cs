using System.Globalization;
using Crewline.Contracts.Events.ClientComms;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>The client conversation's counters, kept as facts (one per message, delivery or refusal) and counted when read.</summary>
public sealed class ConversationProjector :
    IProjector<ClientMessageHandedToSpoc>, IProjector<ClientMessageSent>, IProjector<ClientMessageDelivered>,
    IProjector<ClientMessageDeliveryFailed>, IProjector<ClientMailReceived>, IProjector<ConflictingClientStatusRefused>
{
    public Task ApplyAsync(ClientMessageHandedToSpoc e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.MessageHandedToSpoc, e.MessageId.ToString(), e.HandedAt, ct);

    public Task ApplyAsync(ClientMessageSent e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.MessageSent, e.MessageId.ToString(), e.SentAt, ct);

    public Task ApplyAsync(ClientMessageDelivered e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.DeliveryDone, e.DeliveryId.ToString(), e.DeliveredAt, ct);

    public Task ApplyAsync(ClientMessageDeliveryFailed e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.DeliveryFailed, e.DeliveryId.ToString(), e.FailedAt, ct);

    public Task ApplyAsync(ClientMailReceived e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.MailReceived, e.MessageId.ToString(), e.ReceivedAt, ct);

    public Task ApplyAsync(ConflictingClientStatusRefused e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.StatusRefused,
            $"{e.RefusedSubject}|{e.RefusedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}", e.RefusedAt, ct);
}
