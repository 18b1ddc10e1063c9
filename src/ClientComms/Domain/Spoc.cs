using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain;

/// <summary>
/// A project's single point of contact (R-COMM-1): the one person, in one role, who talks to the
/// client. One per project: naming another person or role replaces the current one.
/// </summary>
public sealed class Spoc : IOrgOwned
{
    public const int MaxPersonLength = 200;

    private Spoc() { }

    public Guid ProjectId { get; private set; }
    public Guid OrgId { get; private set; }
    public SpocRole Role { get; private set; }
    /// <summary>The person named (a member of the project holding <see cref="Role"/>); null for a SPOC named before SPOCs were named by person.</summary>
    public Guid? PersonId { get; private set; }
    public string PersonSubject { get; private set; } = "";
    public string PersonName { get; private set; } = "";
    public string NamedBy { get; private set; } = "";
    public DateTimeOffset NamedAt { get; private set; }
    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public static Spoc Name(Guid projectId, Guid orgId, SpocRole role, Guid personId, string personSubject, string personName, string namedBy, DateTimeOffset now)
    {
        var spoc = new Spoc { ProjectId = projectId, OrgId = orgId };
        spoc.Set(role, personId, personSubject, personName, namedBy, now);
        return spoc;
    }

    /// <summary>Names another person or role in place of the current SPOC; false (and no change) when it is the same one.</summary>
    public bool Rename(SpocRole role, Guid personId, string personSubject, string personName, string namedBy, DateTimeOffset now)
    {
        if (role == Role && personId == PersonId && personSubject.Trim() == PersonSubject && personName.Trim() == PersonName) return false;
        Set(role, personId, personSubject, personName, namedBy, now);
        return true;
    }

    private void Set(SpocRole role, Guid personId, string personSubject, string personName, string namedBy, DateTimeOffset now)
    {
        if (!Enum.IsDefined(role)) throw new ArgumentOutOfRangeException(nameof(role));
        if (personId == Guid.Empty) throw new ArgumentException("A SPOC is a person: the person id must not be empty.", nameof(personId));
        PersonId = personId;
        RequirePersonText(personSubject, nameof(personSubject));
        RequirePersonText(personName, nameof(personName));
        Role = role;
        PersonSubject = personSubject.Trim();
        PersonName = personName.Trim();
        NamedBy = namedBy;
        NamedAt = now;
    }

    private static void RequirePersonText(string value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxPersonLength)
            throw new ArgumentException($"A SPOC's {paramName} has 1 to {MaxPersonLength} characters.", paramName);
    }
}
