using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Persistence;

/// <summary>
/// On SQLite the idempotency record is written at once with a prepared INSERT (<see cref="EntityInsert"/>) instead of
/// SaveChanges: it must read back through EF as if EF wrote it, and a second record of one key must fail the way
/// SaveChanges fails, so the checkout and payment recognise the lost race.
/// </summary>
public sealed class IdempotencyStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 6, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public async Task Records_written_on_sqlite_read_back_through_ef()
    {
        await using var store = await TestStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(At);
        for (var i = 0; i < 3; i++)
        {
            await using var db = TestStore.OpenContext(store.Options);
            await db.Database.OpenConnectionAsync(ct);
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await new IdempotencyStore(db, time).RememberAsync("test", $"key-{i}", $"hash-{i}", 100 + i, ct);
                await tx.CommitAsync(ct);
            }
            await db.Database.CloseConnectionAsync();
            time.Advance(TimeSpan.FromMinutes(1));
        }

        var rows = await store.Db.IdempotencyRecords.AsNoTracking().OrderBy(r => r.Key).ToListAsync(ct);
        Assert.Equal(
            [("key-0", "hash-0", 100L, At), ("key-1", "hash-1", 101L, At.AddMinutes(1)), ("key-2", "hash-2", 102L, At.AddMinutes(2))],
            rows.Select(r => (r.Key, r.RequestHash, r.ResourceId, r.CreatedAt)));
    }

    [Fact]
    public async Task A_second_record_of_one_key_fails_as_a_unique_violation_and_the_first_stays()
    {
        await using var store = await TestStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var idempotency = new IdempotencyStore(store.Db, new FakeTimeProvider(At));
        await store.Db.Database.OpenConnectionAsync(ct);
        await using (var tx = await store.Db.Database.BeginTransactionAsync(ct))
        {
            await idempotency.RememberAsync("test", "same", "hash", 1, ct);
            await tx.CommitAsync(ct);
        }

        await using (var tx = await store.Db.Database.BeginTransactionAsync(ct))
        {
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => idempotency.RememberAsync("test", "same", "hash", 2, ct));
            Assert.True(UniqueViolation.Is(refused));
        }

        Assert.Equal([1L], await store.Db.IdempotencyRecords.Select(r => r.ResourceId).ToListAsync(ct));
    }
}
