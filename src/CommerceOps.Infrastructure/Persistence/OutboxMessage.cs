namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// A domain event waiting to be projected into the analytics store. Written in the same transaction as the
/// change that raised it; <see cref="Id"/> gives the projection order.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public Guid EventId { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset? ProjectedAt { get; set; }
}
