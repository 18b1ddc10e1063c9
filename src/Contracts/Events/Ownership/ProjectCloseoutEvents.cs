namespace Crewline.Contracts.Events.Ownership;

/// <summary>A closeout item was confirmed by its owner (R-CLOSE-1).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="FunctionKey">The closeout item's function.</param>
/// <param name="Roles">The proto enum names of the owner roles confirmed.</param>
/// <param name="PersonId">The confirming person.</param>
/// <param name="At">When it was confirmed.</param>
public sealed record CloseoutItemConfirmed(Guid OrgId, Guid ProjectId, string FunctionKey, IReadOnlyList<string> Roles, Guid PersonId, DateTimeOffset At) : IOrgEvent;

/// <summary>A project's retro was recorded, jointly facilitated (R-CLOSE-2).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="FacilitatedBy">The facilitating people.</param>
/// <param name="PersonId">The person who recorded it.</param>
/// <param name="At">When it was recorded.</param>
public sealed record ProjectRetroRecorded(Guid OrgId, Guid ProjectId, IReadOnlyList<Guid> FacilitatedBy, Guid PersonId, DateTimeOffset At) : IOrgEvent;

/// <summary>A project closed: both closeout halves confirmed and the retro recorded (R-CLOSE-1..2).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="PersonId">The person who closed it.</param>
/// <param name="ClosedAt">When it closed.</param>
public sealed record ProjectClosed(Guid OrgId, Guid ProjectId, Guid PersonId, DateTimeOffset ClosedAt) : IOrgEvent;
