using CommerceOps.Infrastructure.Analytics;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>Runs a piece of work in one database transaction, behind the write gate, then wakes the outbox projector.</summary>
/// <remarks>
/// The transaction is all or nothing: a failed save ends the work and rolls everything back, so EF's automatic
/// savepoint around each SaveChanges inside it buys nothing and costs two statements (on PostgreSQL two round
/// trips) per save; the checkout saves two or three times.
/// </remarks>
public sealed class UnitOfWork(CommerceDbContext db, WriteGate gate, OutboxSignal outbox)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            var result = await work(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            outbox.Poke(); // the projector picks up the events this work wrote without waiting for its poll
            return result;
        }
        finally
        {
            db.PendingWrites.Discard(); // rows of work that failed before its save: rolled back with the rest
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync<bool>(async ct => { await work(ct); return true; }, cancellationToken);
}
