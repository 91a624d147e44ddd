using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Group commit for ingestion batches: a batch waits in a queue, and one writer at a time appends every batch
/// waiting, and those that arrive while it appends, in one transaction with one COMMIT (one WAL sync) and one
/// dirty-day mark, then answers each batch. A batch is answered only after the COMMIT that holds it returned;
/// when a group fails, each of its batches is tried alone, so one batch never fails another.
/// </summary>
internal sealed class BehaviourEventGroupCommit(AnalyticsStore store)
{
    // Bounds one transaction (and how long the first batch of a group waits for the others) under a flood of senders.
    private const int MaxGroupEvents = 20_000;

    private readonly Lock _gate = new();
    private readonly List<Pending> _queue = [];
    private bool _draining;

    public Task<int> AppendAsync(IReadOnlyList<BehaviourEventInput> events, CancellationToken cancellationToken)
    {
        var pending = new Pending(events, cancellationToken);
        bool lead;
        lock (_gate)
        {
            _queue.Add(pending);
            lead = !_draining;
            _draining = true;
        }
        // The drain runs on its own so the request that started it is answered with its group, not after the queue empties.
        if (lead) _ = Task.Run(DrainAsync, CancellationToken.None);
        return pending.Answer.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var group = Take(MaxGroupEvents);
            if (group.Count == 0)
            {
                lock (_gate)
                {
                    // A batch that arrived since Take is this drain's; else the next one to arrive starts a new drain.
                    if (_queue.Count > 0) continue;
                    _draining = false;
                    return;
                }
            }
            try
            {
                await store.WriteAsync(connection => Commit(connection, group, joinLateArrivals: true), CancellationToken.None);
                foreach (var batch in group) batch.Answer.TrySetResult(batch.Events.Count);
            }
            catch (Exception) when (group.Count > 1)
            {
                foreach (var batch in group) await CommitAloneAsync(batch);
            }
            catch (Exception ex)
            {
                group[0].Answer.TrySetException(ex);
            }
        }
    }

    private async Task CommitAloneAsync(Pending batch)
    {
        try
        {
            await store.WriteAsync(connection => Commit(connection, [batch], joinLateArrivals: false), CancellationToken.None);
            batch.Answer.TrySetResult(batch.Events.Count);
        }
        catch (Exception ex)
        {
            batch.Answer.TrySetException(ex);
        }
    }

    /// <summary>The batches waiting, up to about <paramref name="maxEvents"/> events; a batch whose sender gave up before it was taken is dropped unwritten.</summary>
    private List<Pending> Take(int maxEvents)
    {
        lock (_gate)
        {
            var taken = new List<Pending>();
            var events = 0;
            var i = 0;
            for (; i < _queue.Count && (taken.Count == 0 || events + _queue[i].Events.Count <= maxEvents); i++)
            {
                var batch = _queue[i];
                if (batch.Cancellation.IsCancellationRequested)
                {
                    batch.Answer.TrySetCanceled(batch.Cancellation);
                    continue;
                }
                taken.Add(batch);
                events += batch.Events.Count;
            }
            _queue.RemoveRange(0, i);
            return taken;
        }
    }

    private int Commit(DuckDBConnection connection, List<Pending> group, bool joinLateArrivals)
    {
        using var transaction = connection.BeginTransaction();
        var events = 0;
        using (var appender = connection.CreateAppender("behaviour_events"))
        {
            for (var next = 0; next < group.Count; next++)
            {
                foreach (var e in group[next].Events) AnalyticsStore.AppendBehaviourRow(appender, e);
                events += group[next].Events.Count;
                // Batches that arrived while this group was appending ride on its COMMIT instead of waiting for their own.
                if (joinLateArrivals && next == group.Count - 1 && events < MaxGroupEvents) group.AddRange(Take(MaxGroupEvents - events));
            }
        }
        var marked = RollupDirtyDays.MarkUnlessCommitted(connection, group.SelectMany(b => b.Events).Select(e => e.OccurredAt!.Value));
        transaction.Commit();
        RollupDirtyDays.RememberCommitted(connection, marked);
        return events;
    }

    private sealed class Pending(IReadOnlyList<BehaviourEventInput> events, CancellationToken cancellation)
    {
        public IReadOnlyList<BehaviourEventInput> Events { get; } = events;
        public CancellationToken Cancellation { get; } = cancellation;
        public TaskCompletionSource<int> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
