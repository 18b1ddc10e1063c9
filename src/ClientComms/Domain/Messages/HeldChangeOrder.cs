using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain.Messages;

/// <summary>
/// An issued change order of a project that has no SPOC yet (R-SCOPE-5: it reaches the client only
/// through the SPOC). It waits here, durably, and goes out as soon as a SPOC is named.
/// </summary>
public sealed class HeldChangeOrder : IOrgOwned
{
    private HeldChangeOrder() { }

    public Guid ChangeOrderId { get; private set; }
    public int Version { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid ChangeRequestId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Markdown { get; private set; } = "";
    public string Html { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset HeldAt { get; private set; }

    public static HeldChangeOrder Hold(Guid orgId, Guid projectId, Guid changeRequestId, Guid changeOrderId, int version,
        string subject, string markdown, string html, DateTimeOffset issuedAt, DateTimeOffset now) => new()
    {
        OrgId = orgId, ProjectId = projectId, ChangeRequestId = changeRequestId, ChangeOrderId = changeOrderId, Version = version,
        Subject = subject, Markdown = markdown, Html = html, IssuedAt = issuedAt, HeldAt = now,
    };
}
