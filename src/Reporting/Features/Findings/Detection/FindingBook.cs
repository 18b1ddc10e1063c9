using System.Security.Cryptography;
using System.Text;
using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings.Detection;

/// <summary>
/// Keeps the findings table in step with what the detectors see: opens a finding when its cause is
/// present and none is open, closes the open one when the cause goes, and tells the
/// <see cref="ProjectionContext"/> either way (the listeners publish and notify). At most one
/// finding is open per (project, cause, subject). A finding's id is derived from its cause instance
/// and opening time, so a replay rebuilds the same ids.
/// </summary>
public static class FindingBook
{
    /// <summary>Opens a finding for the cause instance unless one is open (whose evidence is then brought up to date).</summary>
    public static async Task EnsureOpenAsync(ProjectionContext context, Guid orgId, Guid projectId, FindingCause cause, string subjectKey,
        string functionKey, string evidence, DateTimeOffset openedAt, CancellationToken cancellationToken)
    {
        var open = await OpenFindingAsync(context, projectId, cause, subjectKey, cancellationToken);
        if (open is not null)
        {
            if (open.Evidence != Clip(evidence, 2000))
            {
                open.Evidence = Clip(evidence, 2000);
                context.ProjectChanged(projectId);
            }
            return;
        }
        var finding = new ReportedFinding
        {
            FindingId = IdOf(projectId, cause.Name, subjectKey, openedAt),
            OrgId = orgId,
            ProjectId = projectId,
            Kind = cause.KindName,
            RuleId = cause.RuleId,
            Cause = cause.Name,
            SubjectKey = subjectKey,
            FunctionKey = functionKey,
            Evidence = Clip(evidence, 2000),
            Fix = Clip(cause.Fix, 1000),
            OpenedAt = openedAt,
        };
        context.Db.Findings.Add(finding);
        await context.Db.SaveChangesAsync(cancellationToken);
        context.FindingOpened(finding);
    }

    /// <summary>Closes the open finding of the cause instance, if any; a close never precedes its opening.</summary>
    public static async Task EnsureClosedAsync(ProjectionContext context, Guid projectId, FindingCause cause, string subjectKey,
        DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        var open = await OpenFindingAsync(context, projectId, cause, subjectKey, cancellationToken);
        if (open is null) return;
        open.ClosedAt = closedAt < open.OpenedAt ? open.OpenedAt : closedAt;
        await context.Db.SaveChangesAsync(cancellationToken);
        context.FindingClosed(open);
    }

    private static async Task<ReportedFinding?> OpenFindingAsync(ProjectionContext context, Guid projectId, FindingCause cause, string subjectKey,
        CancellationToken cancellationToken) =>
        context.Db.Findings.Local.FirstOrDefault(f => f.ProjectId == projectId && f.Cause == cause.Name && f.SubjectKey == subjectKey && f.IsOpen)
        ?? await context.Db.Findings.SingleOrDefaultAsync(
            f => f.ProjectId == projectId && f.Cause == cause.Name && f.SubjectKey == subjectKey && f.ClosedAt == null, cancellationToken);

    /// <summary>A name-based UUID (version 8) of the cause instance and its opening time: the same finding gets the same id on replay.</summary>
    public static Guid IdOf(Guid projectId, string cause, string subjectKey, DateTimeOffset openedAt)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{projectId:N}|{cause}|{subjectKey}|{openedAt.UtcTicks}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
