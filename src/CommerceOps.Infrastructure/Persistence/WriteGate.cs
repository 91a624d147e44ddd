using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// SQLite has one writer at a time. Queuing writers in process is far faster than letting them collide on the
/// file lock and poll; PostgreSQL needs no gate, its row locks do the job.
/// </summary>
/// <remarks>
/// On SQLite the gate bounds write throughput (at most one over the hold time per second), so how long writers wait
/// for it and hold it is published as the <c>commerceops.write_gate.wait</c> and <c>commerceops.write_gate.hold</c>
/// histograms of the <c>CommerceOps.Storage</c> meter, and the gate's utilisation as the rate of <c>commerceops.write_gate.busy</c> (watch them with <c>dotnet-counters monitor -n CommerceOps.Server
/// --counters CommerceOps.Storage</c>).
/// </remarks>
public sealed class WriteGate(bool serialize)
{
    private static readonly Meter Meter = new("CommerceOps.Storage");
    private static readonly Histogram<double> Waited = Meter.CreateHistogram<double>("commerceops.write_gate.wait", "ms", "Time a writer waited for the SQLite write gate.");
    private static readonly Histogram<double> Held = Meter.CreateHistogram<double>("commerceops.write_gate.hold", "ms", "Time a writer held the SQLite write gate.");
    private static readonly Counter<double> Busy = Meter.CreateCounter<double>("commerceops.write_gate.busy", "ms", "Time the SQLite write gate was held; its rate per second is the gate's utilisation in thousandths.");

    private readonly SemaphoreSlim? _semaphore = serialize ? new SemaphoreSlim(1, 1) : null;

    /// <param name="holder">Who writes, as the metrics' <c>holder</c> tag (e.g. the projector apart from units of work).</param>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken, string holder = "unit_of_work")
    {
        if (_semaphore is null) return NoopRelease.Instance;
        var asked = Stopwatch.GetTimestamp();
        await _semaphore.WaitAsync(cancellationToken);
        var entered = Stopwatch.GetTimestamp();
        var tag = new KeyValuePair<string, object?>("holder", holder);
        if (Waited.Enabled) Waited.Record(Stopwatch.GetElapsedTime(asked, entered).TotalMilliseconds, tag);
        return new Release(_semaphore, entered, tag);
    }

    private sealed class Release(SemaphoreSlim semaphore, long entered, KeyValuePair<string, object?> tag) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            if (Held.Enabled || Busy.Enabled)
            {
                var held = Stopwatch.GetElapsedTime(entered).TotalMilliseconds;
                Held.Record(held, tag);
                Busy.Add(held, tag);
            }
            semaphore.Release();
        }
    }

    private sealed class NoopRelease : IDisposable
    {
        public static readonly NoopRelease Instance = new();

        public void Dispose() { }
    }
}
