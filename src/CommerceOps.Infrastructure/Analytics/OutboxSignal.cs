using System.Threading.Channels;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Lets write paths wake the projector right after they commit, so dashboards see an order within
/// milliseconds rather than a poll interval. Pokes coalesce: many pokes during one drain cause one more drain.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _pokes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Says new outbox rows were committed. Cheap and never blocks.</summary>
    public void Poke() => _pokes.Writer.TryWrite(true);

    /// <summary>Waits until poked or until <paramref name="timeout"/> passes, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_pokes.Reader.TryRead(out _)) return;
        using var waitEnded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, waitEnded.Token);
        var poked = _pokes.Reader.WaitToReadAsync(waitEnded.Token).AsTask();
        await Task.WhenAny(delay, poked);
        await waitEnded.CancelAsync();
        _pokes.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
