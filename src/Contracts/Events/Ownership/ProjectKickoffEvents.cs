namespace Crewline.Contracts.Events.Ownership;

/// <summary>A project's PM–producer hierarchy was declared in writing (R-KICK-1).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Hierarchy">The proto enum name of the hierarchy, e.g. <c>HIERARCHY_PEERS</c>.</param>
/// <param name="PersonId">The declaring person.</param>
/// <param name="At">When it was declared.</param>
public sealed record ProjectHierarchyDeclared(Guid OrgId, Guid ProjectId, string Hierarchy, Guid PersonId, DateTimeOffset At) : IOrgEvent;

/// <summary>A project's PM–producer communication cadence was set (R-KICK-1).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Frequency">The proto enum name of the frequency, e.g. <c>CADENCE_FREQUENCY_WEEKLY</c>.</param>
/// <param name="Note">The cadence note, if any.</param>
/// <param name="PersonId">The person who set it.</param>
/// <param name="At">When it was set.</param>
public sealed record ProjectCadenceSet(Guid OrgId, Guid ProjectId, string Frequency, string? Note, Guid PersonId, DateTimeOffset At) : IOrgEvent;

/// <summary>A project recorded its SPOC as named by client communications (R-COMM-1, R-KICK-1).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Role">The proto enum name of the SPOC's project role.</param>
/// <param name="PersonSubject">The SPOC's subject.</param>
/// <param name="NamedAt">When the SPOC was named.</param>
public sealed record ProjectSpocRecorded(Guid OrgId, Guid ProjectId, string Role, string PersonSubject, DateTimeOffset NamedAt) : IOrgEvent;

/// <summary>A kickoff presentation or scope confirmation was done (R-KICK-2).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Step">The proto enum name of the step, e.g. <c>KICKOFF_STEP_PRODUCTION_PLAN_PRESENTED</c>.</param>
/// <param name="PersonId">The person who did it.</param>
/// <param name="At">When it was done.</param>
public sealed record KickoffStepCompleted(Guid OrgId, Guid ProjectId, string Step, Guid PersonId, DateTimeOffset At) : IOrgEvent;

/// <summary>An earlier project's ownership prefilled a project in kickoff (R-KICK-3); no confirmation was copied.</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="SourceProjectId">The earlier project.</param>
/// <param name="FunctionsPrefilled">How many functions were prefilled.</param>
/// <param name="PersonId">The person who applied it.</param>
/// <param name="At">When it was applied.</param>
public sealed record KickoffTemplateApplied(Guid OrgId, Guid ProjectId, Guid SourceProjectId, int FunctionsPrefilled, Guid PersonId, DateTimeOffset At) : IOrgEvent;

/// <summary>A project left kickoff: every R-KICK-1 condition was met.</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="PersonId">The person who started it.</param>
/// <param name="StartedAt">When it started.</param>
public sealed record ProjectStarted(Guid OrgId, Guid ProjectId, Guid PersonId, DateTimeOffset StartedAt) : IOrgEvent;
