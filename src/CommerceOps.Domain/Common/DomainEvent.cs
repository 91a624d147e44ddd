namespace CommerceOps.Domain.Common;

/// <summary>
/// Something that happened to an aggregate. Events are written to the outbox in the same transaction as the
/// change and projected into the analytics store exactly once, keyed by <see cref="EventId"/>.
/// </summary>
public abstract record DomainEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; init; }
}
