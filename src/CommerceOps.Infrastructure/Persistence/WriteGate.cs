namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// SQLite has one writer at a time. Queuing writers in process is far faster than letting them collide on the
/// file lock and poll; PostgreSQL needs no gate, its row locks do the job.
/// </summary>
public sealed class WriteGate(bool serialize)
{
    private readonly SemaphoreSlim? _semaphore = serialize ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (_semaphore is null) return NoopRelease.Instance;
        await _semaphore.WaitAsync(cancellationToken);
        return new Release(_semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }

    private sealed class NoopRelease : IDisposable
    {
        public static readonly NoopRelease Instance = new();

        public void Dispose() { }
    }
}
