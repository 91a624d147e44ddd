using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

public sealed class AnalyticsResultCacheTests : IAsyncDisposable
{
    private static readonly AnalyticsPeriod Day = AnalyticsPeriod.FromDays(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20));
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, AnalyticsPeriod.ChinaOffset);

    private readonly Task<AnalyticsTestStores> _stores = AnalyticsTestStores.CreateAsync();

    [Fact]
    public async Task A_cached_result_is_the_querys_own_answer_with_the_freshness_read_before_it()
    {
        var stores = await _stores;
        var cache = NewCache(stores);
        var query = new GmvTreeQuery(stores.Analytics);
        await AnalyticsFacts.AddOrdersAsync(stores.Analytics, new("N1", "C1", Noon, 100m), new("N2", "C2", Noon.AddHours(1), 40m));
        var request = new GmvTreeRequest(Day, BreakdownDimension.Channel);

        var cached = await cache.GetAsync("gmv", () => Task.FromResult(query.Run(request)));

        var raw = query.Run(request);
        Assert.Equal(raw.Total.Current, cached.Value.Total.Current);
        Assert.Equal(raw.Breakdown.Select(n => (n.Group, n.Current)), cached.Value.Breakdown.Select(n => (n.Group, n.Current)));
        Assert.Equal(stores.Time.GetUtcNow(), cached.Freshness.AsOf);
        Assert.Equal(Noon.AddHours(1), cached.Freshness.LatestOrderAt);
    }

    [Fact]
    public async Task A_fresh_result_is_served_from_memory_and_an_old_one_is_served_while_it_is_recomputed()
    {
        var stores = await _stores;
        var cache = NewCache(stores);
        var computed = 0;
        Task<int> Compute() => Task.FromResult(Interlocked.Increment(ref computed));

        Assert.Equal(1, (await cache.GetAsync("k", Compute)).Value);
        stores.Time.Advance(AnalyticsResultCache.FreshFor - TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await cache.GetAsync("k", Compute)).Value);
        Assert.Equal(1, computed);

        stores.Time.Advance(TimeSpan.FromSeconds(2)); // now older than FreshFor: served once more, replaced behind the caller
        var stale = await cache.GetAsync("k", Compute);
        Assert.Equal(1, stale.Value);
        await cache.RefreshedAsync("k").WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(2, (await cache.GetAsync("k", Compute)).Value);
        Assert.Equal(2, computed);
    }

    [Fact]
    public async Task A_result_older_than_the_stale_limit_is_recomputed_while_the_caller_waits()
    {
        var stores = await _stores;
        var cache = NewCache(stores);
        var computed = 0;
        Task<int> Compute() => Task.FromResult(Interlocked.Increment(ref computed));
        await cache.GetAsync("k", Compute);

        stores.Time.Advance(AnalyticsResultCache.ServeStaleFor + TimeSpan.FromSeconds(1));

        var result = await cache.GetAsync("k", Compute);
        Assert.Equal(2, result.Value);
        Assert.Equal(stores.Time.GetUtcNow(), result.Freshness.AsOf);
    }

    [Fact]
    public async Task Keys_are_separate_and_a_failure_is_not_kept()
    {
        var stores = await _stores;
        var cache = NewCache(stores);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync<int>("a", () => throw new InvalidOperationException("boom")));

        Assert.Equal(7, (await cache.GetAsync("a", () => Task.FromResult(7))).Value);
        Assert.Equal(8, (await cache.GetAsync("b", () => Task.FromResult(8))).Value);
    }

    private static AnalyticsResultCache NewCache(AnalyticsTestStores stores) =>
        new(new AnalyticsFreshnessQuery(stores.Analytics, stores.Time), stores.Time);

    public async ValueTask DisposeAsync() => await (await _stores).DisposeAsync();
}
