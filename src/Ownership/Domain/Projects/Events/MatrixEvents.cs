using Crewline.Ownership.Domain.Findings;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Projects.Events;

/// <summary>A function now has exactly one owner role. <paramref name="ConfirmationsCleared"/>: earlier confirmations no longer count.</summary>
public sealed record FunctionOwnerReassigned(Guid ProjectId, string FunctionKey, ProjectRole Owner, IReadOnlyList<ProjectRole> PreviousOwners, Guid By, bool ConfirmationsCleared);

/// <summary>A function got another owner role; <paramref name="IsShared"/> false means it is now a duplicate (R-OWN-7).</summary>
public sealed record FunctionOwnerAdded(Guid ProjectId, string FunctionKey, ProjectRole Owner, IReadOnlyList<ProjectRole> Owners, bool IsShared, Guid By, bool ConfirmationsCleared);

/// <summary>An owner role was taken off a function.</summary>
public sealed record FunctionOwnerRemoved(Guid ProjectId, string FunctionKey, ProjectRole Owner, IReadOnlyList<ProjectRole> Owners, Guid By, bool ConfirmationsCleared);

/// <summary>A function was declared shared by named co-owner roles (R-OWN-1).</summary>
public sealed record FunctionMarkedShared(Guid ProjectId, string FunctionKey, IReadOnlyList<ProjectRole> CoOwners, Guid By, bool ConfirmationsCleared);

/// <summary>An org function (R-OWN-8) was added to the project's matrix.</summary>
public sealed record FunctionAddedToMatrix(Guid ProjectId, string FunctionKey, IReadOnlyList<ProjectRole> Owners, Guid By);

/// <summary>Owners of a function confirmed it (R-KICK-1); one person confirms for every owner role they hold.</summary>
public sealed record FunctionConfirmed(Guid ProjectId, string FunctionKey, IReadOnlyList<ProjectRole> Roles, Guid By, DateTimeOffset At);

/// <summary>A template prefilled owners and proposals (R-KICK-3); confirmations were not copied.</summary>
public sealed record TemplateApplied(Guid ProjectId, int FunctionsPrefilled, Guid By);

/// <summary>A change left a function without an owner, or with an owner role nobody holds (R-OWN-7).</summary>
public sealed record OwnershipGapDetected(Guid ProjectId, string FunctionKey, Finding Finding);

/// <summary>A change left a function with two or more owners not declared shared (R-OWN-7).</summary>
public sealed record DuplicateOwnershipDetected(Guid ProjectId, string FunctionKey, Finding Finding);
