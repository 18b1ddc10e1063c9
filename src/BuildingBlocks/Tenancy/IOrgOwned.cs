namespace Crewline.BuildingBlocks.Tenancy;

/// <summary>
/// An entity that belongs to one org. <see cref="Persistence.ServiceDbContext"/> filters every
/// query on such entities by the current org and refuses to write another org's rows.
/// </summary>
public interface IOrgOwned
{
    Guid OrgId { get; }
}
