using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings.Detection;

/// <summary>
/// Records what one event says about a cause instance (present or gone, as of the event's time) in
/// its <see cref="CauseFact"/>, and opens or closes the finding to match the fact then held. Events
/// that arrive late, twice, or after the cause went for good change nothing.
/// </summary>
public static class CauseFacts
{
    public static Task PresentAsync(ProjectionContext context, Guid orgId, Guid projectId, FindingCause cause, string subjectKey,
        string functionKey, string evidence, DateTimeOffset at, CancellationToken cancellationToken) =>
        ApplyAsync(context, orgId, projectId, cause, subjectKey, present: true, terminal: false, at, functionKey, evidence, cancellationToken);

    /// <param name="forGood">The cause cannot come back (an invoice paid, a change request ended).</param>
    public static Task GoneAsync(ProjectionContext context, Guid orgId, Guid projectId, FindingCause cause, string subjectKey,
        DateTimeOffset at, bool forGood, CancellationToken cancellationToken) =>
        ApplyAsync(context, orgId, projectId, cause, subjectKey, present: false, forGood, at, "", "", cancellationToken);

    private static async Task ApplyAsync(ProjectionContext context, Guid orgId, Guid projectId, FindingCause cause, string subjectKey,
        bool present, bool terminal, DateTimeOffset at, string functionKey, string evidence, CancellationToken cancellationToken)
    {
        var facts = context.Db.Set<CauseFact>();
        var fact = facts.Local.FirstOrDefault(f => f.ProjectId == projectId && f.Cause == cause.Name && f.SubjectKey == subjectKey)
                   ?? await facts.SingleOrDefaultAsync(f => f.ProjectId == projectId && f.Cause == cause.Name && f.SubjectKey == subjectKey, cancellationToken);
        if (fact is null)
        {
            fact = new CauseFact { OrgId = orgId, ProjectId = projectId, Cause = cause.Name, SubjectKey = subjectKey };
            facts.Add(fact);
        }
        if (!fact.Apply(present, terminal, at, functionKey, evidence)) return;
        await context.Db.SaveChangesAsync(cancellationToken);

        if (fact.Present)
            await FindingBook.EnsureOpenAsync(context, orgId, projectId, cause, subjectKey, fact.FunctionKey, fact.Evidence, fact.PresentSince!.Value, cancellationToken);
        else
            await FindingBook.EnsureClosedAsync(context, projectId, cause, subjectKey, fact.At, cancellationToken);
    }
}
