using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ScopeChanges.Domain;

/// <summary>
/// The written change order of one approved version (R-SCOPE-4): Markdown and sanitized HTML rendered
/// from the stored request, assessments, combined response and signatures. Immutable once written: one
/// per (change request, version), and the database refuses updates and deletes.
/// </summary>
public sealed class ChangeOrder : IOrgOwned
{
    private ChangeOrder() { }

    public Guid Id { get; private init; }
    public Guid OrgId { get; private init; }
    public Guid ProjectId { get; private init; }
    public Guid ChangeRequestId { get; private init; }
    public int Version { get; private init; }
    public string Subject { get; private init; } = "";
    public string Markdown { get; private init; } = "";
    public string Html { get; private init; } = "";
    public DateTimeOffset IssuedAt { get; private init; }

    public static ChangeOrder Write(Guid id, ChangeRequest change, string subject, string markdown, string html, DateTimeOffset issuedAt) => new()
    {
        Id = id,
        OrgId = change.OrgId,
        ProjectId = change.ProjectId,
        ChangeRequestId = change.Id,
        Version = change.CurrentVersion?.Number ?? throw new InvalidOperationException("A change order is written for a combined version."),
        Subject = subject,
        Markdown = markdown,
        Html = html,
        IssuedAt = issuedAt,
    };
}
