using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Portfolio;

/// <summary>
/// One fact of a project that is counted rather than updated: a kickoff step done, a closeout item
/// confirmed, a client message drafted, handed to the SPOC or sent, a delivery done or failed, a
/// client mail received, a conflicting status refused. Keyed by (project, kind, key), so the same
/// fact twice is stored once and counts never drift with redelivery or order.
/// </summary>
public sealed class ProjectFact : IOrgOwned
{
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public required string Kind { get; init; }
    public required string Key { get; init; }
    public DateTimeOffset? At { get; set; }
}

/// <summary>The kinds of <see cref="ProjectFact"/>.</summary>
public static class FactKinds
{
    public const string KickoffStep = "kickoff-step";
    public const string CloseoutItem = "closeout-item";
    public const string Retro = "retro";
    public const string MessageHandedToSpoc = "message-handed";
    public const string MessageSent = "message-sent";
    public const string DeliveryDone = "delivery-done";
    public const string DeliveryFailed = "delivery-failed";
    public const string MailReceived = "mail-received";
    public const string StatusRefused = "status-refused";
}
