using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Projects.Events;

/// <summary>A person was given a role on the project (possibly a second one: both hats).</summary>
public sealed record MemberAdded(Guid ProjectId, Guid PersonId, ProjectRole Role);

/// <summary>A person no longer holds a role on the project.</summary>
public sealed record MemberRoleRemoved(Guid ProjectId, Guid PersonId, ProjectRole Role);
