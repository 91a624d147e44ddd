using System.Collections.Concurrent;
using System.Threading.Channels;
using CommerceOps.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Api.Tests.Hosting;

/// <summary>
/// The one loop behind every periodic background job: rounds on the time provider's clock, each in its own scope, a
/// failed round logged and followed by the next, and a stop that ends it quietly. Time is fake and advanced by hand;
/// the test waits for rounds through a channel, never for the clock.
/// </summary>
public sealed class PeriodicSweepTests : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    /// <summary>Only against hangs: every wait below ends as soon as the awaited round or stop has happened.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly TimerWatchingTimeProvider _time = new(Start);
    private readonly RecordingLogger<PeriodicSweep<ScriptedSweep>> _logger = new();
    private readonly SweepScript _script = new();
    private ServiceProvider? _services;

    [Fact]
    public async Task Waits_one_interval_then_runs_every_interval_each_round_in_its_own_scope()
    {
        var sweep = await StartAsync(runAtStart: false);

        await _time.TimerCreated.WaitAsync(Hang);
        _time.Advance(Interval);
        var first = await NextRoundAsync();
        _time.Advance(Interval);
        var second = await NextRoundAsync();
        await sweep.StopAsync(CancellationToken.None);

        Assert.Equal((1, Start + Interval), (first.Number, first.At));
        Assert.Equal((2, Start + 2 * Interval), (second.Number, second.At));
        Assert.NotSame(first.Sweep, second.Sweep);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task Runs_once_at_start_when_asked_then_every_interval()
    {
        var sweep = await StartAsync(runAtStart: true);

        var first = await NextRoundAsync();
        _time.Advance(Interval);
        var second = await NextRoundAsync();
        await sweep.StopAsync(CancellationToken.None);

        Assert.Equal((1, Start), (first.Number, first.At));
        Assert.Equal((2, Start + Interval), (second.Number, second.At));
    }

    [Fact]
    public async Task A_failing_round_is_logged_as_an_error_and_the_next_tick_still_runs()
    {
        _script.Work = (number, _) => number == 1 ? throw new InvalidOperationException("store unavailable") : Task.CompletedTask;
        var sweep = await StartAsync(runAtStart: false);

        await _time.TimerCreated.WaitAsync(Hang);
        _time.Advance(Interval);
        await NextRoundAsync();
        _time.Advance(Interval);
        var second = await NextRoundAsync();
        await sweep.StopAsync(CancellationToken.None);

        Assert.Equal(2, second.Number);
        var logged = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal("store unavailable", Assert.IsType<InvalidOperationException>(logged.Exception).Message);
    }

    [Fact]
    public async Task A_round_timing_out_by_itself_is_a_failure_not_a_stop()
    {
        _script.Work = (number, _) => number == 1 ? throw new TaskCanceledException("webhook timed out") : Task.CompletedTask;
        var sweep = await StartAsync(runAtStart: true);

        await NextRoundAsync();
        _time.Advance(Interval);
        var second = await NextRoundAsync();
        await sweep.StopAsync(CancellationToken.None);

        Assert.Equal(2, second.Number);
        Assert.IsType<TaskCanceledException>(Assert.Single(_logger.Entries).Exception);
    }

    [Fact]
    public async Task Stopping_while_waiting_for_the_next_tick_ends_the_loop_without_an_error()
    {
        var sweep = await StartAsync(runAtStart: false);
        await _time.TimerCreated.WaitAsync(Hang);

        await sweep.StopAsync(CancellationToken.None).WaitAsync(Hang);

        Assert.True(sweep.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(0, _script.Rounds);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task Stopping_in_the_middle_of_a_round_cancels_it_and_ends_the_loop_without_an_error()
    {
        _script.Work = (_, cancellationToken) => Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        var sweep = await StartAsync(runAtStart: true);
        await NextRoundAsync();

        await sweep.StopAsync(CancellationToken.None).WaitAsync(Hang);

        Assert.True(sweep.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task A_zero_interval_turns_the_sweep_off()
    {
        var sweep = await StartAsync(runAtStart: true, TimeSpan.Zero);

        await sweep.ExecuteTask!.WaitAsync(Hang);

        Assert.False(_time.TimerCreated.IsCompleted);
        Assert.Equal(0, _script.Rounds);
    }

    private async Task<PeriodicSweep<ScriptedSweep>> StartAsync(bool runAtStart, TimeSpan? interval = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<ILogger<PeriodicSweep<ScriptedSweep>>>(_logger);
        services.AddSingleton(_script);
        services.AddSweep<ScriptedSweep>(interval ?? Interval, runAtStart);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var sweep = _services.GetServices<IHostedService>().OfType<PeriodicSweep<ScriptedSweep>>().Single();
        await sweep.StartAsync(CancellationToken.None);
        return sweep;
    }

    private async Task<Round> NextRoundAsync() => await _script.Started.Reader.ReadAsync().AsTask().WaitAsync(Hang);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }

    public sealed record Round(int Number, DateTimeOffset At, ScriptedSweep Sweep);

    /// <summary>What each round does (nothing, by default), and a channel on which every round announces itself as it starts.</summary>
    public sealed class SweepScript
    {
        private int _rounds;
        public Func<int, CancellationToken, Task> Work { get; set; } = (_, _) => Task.CompletedTask;
        public Channel<Round> Started { get; } = Channel.CreateUnbounded<Round>();
        public int Rounds => Volatile.Read(ref _rounds);
        public int NextNumber() => Interlocked.Increment(ref _rounds);
    }

    public sealed class ScriptedSweep(SweepScript script, TimeProvider time) : ISweep
    {
        public Task RunAsync(CancellationToken cancellationToken)
        {
            var number = script.NextNumber();
            script.Started.Writer.TryWrite(new Round(number, time.GetUtcNow(), this));
            return script.Work(number, cancellationToken);
        }
    }

    /// <summary>Fake time that also tells when the sweep has created its timer, so that advancing the clock is never too early.</summary>
    private sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Task TimerCreated => _timerCreated.Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            _timerCreated.TrySetResult();
            return timer;
        }
    }

    private sealed class RecordingLogger<T> : ILogger<T>
    {
        private readonly ConcurrentQueue<(LogLevel Level, Exception? Exception)> _entries = new();
        public IReadOnlyCollection<(LogLevel Level, Exception? Exception)> Entries => _entries;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _entries.Enqueue((logLevel, exception));
    }
}
