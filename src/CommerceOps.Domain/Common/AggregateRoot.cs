namespace CommerceOps.Domain.Common;

/// <summary>An aggregate that records the domain events its methods raise until the unit of work saves them.</summary>
public abstract class AggregateRoot
{
    private readonly List<DomainEvent> _events = [];

    public long Id { get; protected set; }

    public IReadOnlyList<DomainEvent> DomainEvents => _events;

    protected void Raise(DomainEvent domainEvent) => _events.Add(domainEvent);

    public void ClearDomainEvents() => _events.Clear();
}
