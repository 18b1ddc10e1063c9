namespace Crewline.Ownership.Domain.Projects.Events;

public sealed record CloseoutItemConfirmed(Guid ProjectId, string FunctionKey, IReadOnlyList<Roles.ProjectRole> Roles, Guid By, DateTimeOffset At);

public sealed record RetroRecorded(Guid ProjectId, IReadOnlyList<Guid> FacilitatedBy, Guid By, DateTimeOffset At);

/// <summary>The project closed (R-CLOSE-1 and R-CLOSE-2 met).</summary>
public sealed record ProjectClosed(Guid ProjectId, Guid By, DateTimeOffset At);
