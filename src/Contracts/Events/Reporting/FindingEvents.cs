namespace Crewline.Contracts.Events.Reporting;

/// <summary>
/// Reporting found one of the three failure modes on a project (R-FAIL-1..3), in the R-FAIL-4 shape:
/// the project, the function, the evidence and the fix. Published once per finding; the finding stays
/// open until <see cref="FindingClosed"/> with the same <paramref name="FindingId"/>.
/// </summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="FindingId">The finding's id (stable while its cause stays open).</param>
/// <param name="Kind">The proto enum name of the kind, e.g. <c>FINDING_KIND_AGING_WORK</c>.</param>
/// <param name="RuleId">The rule it reports under: R-FAIL-1, R-FAIL-2 or R-FAIL-3.</param>
/// <param name="Cause">The cause within its kind, e.g. <c>invoice-past-terms</c>.</param>
/// <param name="SubjectKey">Which instance of the cause: a function key, an invoice id, a change request id, a role, or empty for the project.</param>
/// <param name="FunctionKey">The function concerned; empty when the finding is about the project as a whole.</param>
/// <param name="Evidence">What shows it: the roles, counts, amounts and dates seen.</param>
/// <param name="Fix">The fix the article gives.</param>
/// <param name="OpenedAt">When the cause appeared (from the events, not the clock).</param>
public sealed record FindingOpened(
    Guid OrgId,
    Guid ProjectId,
    Guid FindingId,
    string Kind,
    string RuleId,
    string Cause,
    string SubjectKey,
    string FunctionKey,
    string Evidence,
    string Fix,
    DateTimeOffset OpenedAt) : IOrgEvent;

/// <summary>The cause of a finding went away (R-FAIL-1..3): the owner was named, the invoice paid, the change signed, the hierarchy declared.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="FindingId">The finding that closed.</param>
/// <param name="Kind">The proto enum name of the kind.</param>
/// <param name="RuleId">The rule it reported under.</param>
/// <param name="Cause">The cause within its kind.</param>
/// <param name="SubjectKey">Which instance of the cause.</param>
/// <param name="ClosedAt">When the cause went away (from the events, not the clock).</param>
public sealed record FindingClosed(
    Guid OrgId,
    Guid ProjectId,
    Guid FindingId,
    string Kind,
    string RuleId,
    string Cause,
    string SubjectKey,
    DateTimeOffset ClosedAt) : IOrgEvent;
