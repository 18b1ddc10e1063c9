using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain;

/// <summary>One naming of a project's SPOC (the change log of R-COMM-1): who, in which role, by whom, when and why.</summary>
public sealed class SpocChange : IOrgOwned
{
    public const int MaxReasonLength = 1000;

    private SpocChange() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public SpocRole Role { get; private set; }
    public Guid PersonId { get; private set; }
    public string PersonSubject { get; private set; } = "";
    public string NamedBy { get; private set; } = "";
    public DateTimeOffset NamedAt { get; private set; }
    /// <summary>Why the proposed role was overridden; empty when it was confirmed.</summary>
    public string Reason { get; private set; } = "";

    public static SpocChange Of(Spoc spoc, string reason) => new()
    {
        Id = Guid.CreateVersion7(),
        OrgId = spoc.OrgId,
        ProjectId = spoc.ProjectId,
        Role = spoc.Role,
        PersonId = spoc.PersonId ?? Guid.Empty,
        PersonSubject = spoc.PersonSubject,
        NamedBy = spoc.NamedBy,
        NamedAt = spoc.NamedAt,
        Reason = reason.Trim(),
    };
}
