namespace CommerceOps.Server.Hosting;

/// <summary>
/// Runs <typeparamref name="TSweep"/> every <see cref="SweepSchedule{TSweep}.Interval"/> on the injected
/// <see cref="TimeProvider"/>, each round in its own service scope. A failed round is logged and the next tick tries
/// again; stopping the host ends the loop (also in the middle of a round) without an error.
/// </summary>
public sealed class PeriodicSweep<TSweep>(
    IServiceScopeFactory scopes, SweepSchedule<TSweep> schedule, TimeProvider time, ILogger<PeriodicSweep<TSweep>> logger) : BackgroundService
    where TSweep : ISweep
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (schedule.Interval <= TimeSpan.Zero) return;
        // Lets the host finish starting before a first round that may take a while.
        await Task.Yield();
        using var timer = new PeriodicTimer(schedule.Interval, time);
        try
        {
            if (schedule.RunAtStart) await RunOnceAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken)) await RunOnceAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: not an error.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TSweep>().RunAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "{Sweep} failed; the next run is in {Interval}.", typeof(TSweep).Name, schedule.Interval);
        }
    }
}
