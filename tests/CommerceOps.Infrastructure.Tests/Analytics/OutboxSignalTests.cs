using CommerceOps.Infrastructure.Analytics;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Analytics;

public sealed class OutboxSignalTests
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task A_poke_ends_the_wait_before_the_poll_interval()
    {
        var signal = new OutboxSignal();
        var time = new FakeTimeProvider();
        var wait = signal.WaitAsync(PollInterval, time, TestContext.Current.CancellationToken);
        Assert.False(wait.IsCompleted);

        signal.Poke();

        await wait; // the fake clock never moved, so only the poke can have ended it
    }

    [Fact]
    public async Task Without_a_poke_the_wait_ends_when_the_poll_interval_passes()
    {
        var signal = new OutboxSignal();
        var time = new FakeTimeProvider();
        var wait = signal.WaitAsync(PollInterval, time, TestContext.Current.CancellationToken);

        time.Advance(PollInterval - TimeSpan.FromMilliseconds(1));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await wait;
    }

    [Fact]
    public async Task Pokes_before_a_wait_coalesce_into_one_early_return()
    {
        var signal = new OutboxSignal();
        var time = new FakeTimeProvider();
        signal.Poke();
        signal.Poke();
        signal.Poke();

        await signal.WaitAsync(PollInterval, time, TestContext.Current.CancellationToken);
        var second = signal.WaitAsync(PollInterval, time, TestContext.Current.CancellationToken);

        Assert.False(second.IsCompleted);
        time.Advance(PollInterval);
        await second;
    }
}
