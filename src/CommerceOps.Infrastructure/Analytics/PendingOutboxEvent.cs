namespace CommerceOps.Infrastructure.Analytics;

/// <summary>An outbox row the projector has read and not yet marked projected.</summary>
public sealed record PendingOutboxEvent(long OutboxId, Guid EventId, string Type, string Payload);
