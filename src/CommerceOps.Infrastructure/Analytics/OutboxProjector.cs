using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Moves domain events from the commerce store's outbox into the DuckDB fact tables, exactly once. Each batch
/// is applied in one DuckDB transaction that also records the event ids; only after that commit are the
/// outbox rows marked projected. A crash in between leaves rows unmarked, and the next run skips the events
/// DuckDB already has. Nothing is kept in memory between batches: the outbox is the state.
/// </summary>
public sealed class OutboxProjector(CommerceDbContext db, AnalyticsStore store, WriteGate writeGate, TimeProvider time, ILogger<OutboxProjector> logger)
{
    public const int DefaultBatchSize = 2_000;

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Projects the oldest unprojected events (up to <see cref="BatchSize"/>) and returns how many outbox rows it handled.</summary>
    public async Task<int> ProjectBatchAsync(CancellationToken cancellationToken)
    {
        var batch = await db.Outbox.AsNoTracking()
            .Where(m => m.ProjectedAt == null)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .Select(m => new PendingOutboxEvent(m.Id, m.EventId, m.Type, m.Payload))
            .ToListAsync(cancellationToken);
        if (batch.Count == 0) return 0;

        var now = time.GetUtcNow();
        var applied = await store.WriteAsync(connection => new FactTableWriter(connection, logger).Apply(batch, now), cancellationToken);
        if (applied < batch.Count)
            logger.LogInformation("{Skipped} outbox events were already in the analytics store (an earlier run stopped before marking them).",
                batch.Count - applied);

        using (await writeGate.EnterAsync(cancellationToken, holder: "outbox_projector"))
            await MarkProjectedAsync(batch, now, cancellationToken);
        return batch.Count;
    }

    /// <summary>
    /// Marks exactly the rows that were read. A range is cheaper than an id list, but only safe when the ids have
    /// no gaps: on PostgreSQL a row with a lower id can commit after the batch was read, and must stay unmarked.
    /// </summary>
    private Task<int> MarkProjectedAsync(List<PendingOutboxEvent> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long first = batch[0].OutboxId, last = batch[^1].OutboxId;
        var ids = batch.ConvertAll(b => b.OutboxId);
        var rows = last - first + 1 == batch.Count
            ? db.Outbox.Where(m => m.Id >= first && m.Id <= last)
            : db.Outbox.Where(m => ids.Contains(m.Id));
        return rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.ProjectedAt, (DateTimeOffset?)now), cancellationToken);
    }

    /// <summary>Projects until the outbox holds nothing older than this call; returns the number of outbox rows handled.</summary>
    public async Task<long> DrainAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        int handled;
        do
        {
            handled = await ProjectBatchAsync(cancellationToken);
            total += handled;
        }
        while (handled == BatchSize);
        return total;
    }
}
