using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Projections;

/// <summary>
/// One integration event as Reporting received it: the source of every read model, replayed in
/// <see cref="Sequence"/> order to rebuild them. Filtered by org like every row; the replay, which
/// reads every org's events, says so with <c>IgnoreQueryFilters</c>.
/// </summary>
public sealed class EventLogEntry : IOrgOwned
{
    public long Sequence { get; init; }
    public Guid MessageId { get; init; }

    /// <summary>The event's CLR type name (<c>MessageTypeNames</c>).</summary>
    public required string MessageType { get; init; }
    public Guid OrgId { get; init; }
    public Guid? ProjectId { get; init; }
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The event as JSON (jsonb).</summary>
    public required string Payload { get; init; }
}
