namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Remembers the outcome of a request sent with an <c>Idempotency-Key</c>: a retry with the same key gets the
/// same resource back instead of creating a new one. <see cref="RequestHash"/> catches a key reused for a different request.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Scope { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public long ResourceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
