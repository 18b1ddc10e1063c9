namespace Crewline.Contracts.Events;

/// <summary>Every integration event belongs to exactly one org (tenant).</summary>
public interface IOrgEvent
{
    Guid OrgId { get; }
}
