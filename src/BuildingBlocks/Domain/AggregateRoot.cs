namespace Crewline.BuildingBlocks.Domain;

/// <summary>
/// Base of an aggregate: behaviour methods check the rules and record what happened as domain
/// events, which the feature handler turns into integration events in the same transaction.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<object> _domainEvents = [];

    /// <summary>What happened since the aggregate was loaded, oldest first.</summary>
    public IReadOnlyList<object> DomainEvents => _domainEvents;

    protected void Raise(object domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Returns and forgets the recorded events (call once they are handed to the outbox).</summary>
    public IReadOnlyList<object> TakeDomainEvents()
    {
        var events = _domainEvents.ToList();
        _domainEvents.Clear();
        return events;
    }
}
