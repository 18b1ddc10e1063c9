using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>The project's single point of contact as the client-comms service named it (R-COMM-1, R-KICK-1).</summary>
public sealed record SpocRecord(ProjectRole Role, string PersonSubject, string PersonName, DateTimeOffset NamedAt);
