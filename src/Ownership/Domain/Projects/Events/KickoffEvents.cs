using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Projects.Events;

public sealed record HierarchyDeclared(Guid ProjectId, Hierarchy Hierarchy, Guid By);

public sealed record CadenceSet(Guid ProjectId, CommunicationCadence Cadence, Guid By);

/// <summary>The project learnt who its SPOC is (from the client-comms service).</summary>
public sealed record SpocRecorded(Guid ProjectId, ProjectRole Role, string PersonSubject, string PersonName, DateTimeOffset NamedAt);

public sealed record KickoffStepCompleted(Guid ProjectId, KickoffStep Step, Guid By, DateTimeOffset At);

/// <summary>The project left kickoff (R-KICK-1 met).</summary>
public sealed record ProjectStarted(Guid ProjectId, Guid By, DateTimeOffset At);
