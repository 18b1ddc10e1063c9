using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Matrix;

/// <summary>A role's confirmation of something, by a person holding that role.</summary>
public sealed record SignOff(ProjectRole Role, Guid PersonId, DateTimeOffset At);
