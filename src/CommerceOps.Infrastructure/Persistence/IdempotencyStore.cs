using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommerceOps.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Looks up and records <c>Idempotency-Key</c> outcomes. The record is written in the unit of work that creates the
/// resource, and the (scope, key) primary key refuses a second one: of two concurrent requests with one key only the
/// first commits. Checkout and payment rely on that instead of looking the key up first: a retry does the work
/// again, is refused, and is then answered from the key's record.
/// </summary>
public sealed class IdempotencyStore(CommerceDbContext db, TimeProvider time)
{
    public const int MaxKeyLength = 200;

    // Every order and every payment looks a key up (an order twice).
    private static readonly CompiledPerProvider<Func<CommerceDbContext, string, string, CancellationToken, Task<IdempotencyRecord?>>> Find = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, string scope, string key, CancellationToken ct) =>
            db.IdempotencyRecords.AsNoTracking().SingleOrDefault(r => r.Scope == scope && r.Key == key)));

    public static string Hash<T>(T request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));

    /// <summary>The resource a previous request with this key created, or null if the key is new.</summary>
    public async Task<long?> FindAsync(string scope, string key, string requestHash, CancellationToken ct)
    {
        EnsureValid(key);
        var record = await Find.For(db)(db, scope, key, ct);
        if (record is null) return null;
        if (record.RequestHash != requestHash)
            throw new DomainException("This Idempotency-Key was already used for a different request.", "Idempotency-Key");
        return record.ResourceId;
    }

    /// <summary>Refuses a key the store cannot hold, before any work is done under it.</summary>
    public static void EnsureValid(string key)
    {
        if (key.Length > MaxKeyLength) throw new DomainException($"Idempotency-Key is at most {MaxKeyLength} characters.", "Idempotency-Key");
    }

    /// <summary>
    /// Records the key's outcome in the unit of work (<see cref="EntityInsert.AddToUnitOfWorkAsync"/>); a key committed by a
    /// concurrent request fails with a <see cref="DbUpdateException"/> that <see cref="UniqueViolation"/> recognises.
    /// </summary>
    public Task RememberAsync(string scope, string key, string requestHash, long resourceId, CancellationToken ct) =>
        db.AddToUnitOfWorkAsync(
            new IdempotencyRecord { Scope = scope, Key = key, RequestHash = requestHash, ResourceId = resourceId, CreatedAt = time.GetUtcNow() }, ct);
}
