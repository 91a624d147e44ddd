using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

/// <summary>The funnel query against the brute-force reference, on hand-made cases and on random event sets.</summary>
public sealed class FunnelQueryTests : IAsyncDisposable
{
    private static readonly string[] StepTypes = ["product_view", "add_to_cart", "purchase"];

    private readonly Task<AnalyticsTestStores> _stores = AnalyticsTestStores.CreateAsync();

    private static FunnelDefinition Funnel(TimeSpan window, params string[] steps) => FunnelDefinition.Parse(steps.Length == 0 ? StepTypes : steps, window);

    private async Task<FunnelResult> RunAsync(IEnumerable<BehaviourEventRow> rows, FunnelRequest request)
    {
        var stores = await _stores;
        await stores.Analytics.AppendBehaviourEventsAsync(rows.Select(r => r.ToEvent()), TestContext.Current.CancellationToken);
        return new FunnelQuery(stores.Analytics).Run(request);
    }

    private static long[] Units(FunnelResult result, string? group = null) =>
        [.. result.Steps.Where(s => s.Group == group).OrderBy(s => s.Step).Select(s => s.Units)];

    [Fact]
    public async Task Out_of_order_events_do_not_count_a_step_done_before_step_one()
    {
        // u1: cart before product view, then a purchase: only step 1 (the chain from the product view never meets a cart).
        var result = await RunAsync(
        [
            new("u1", "add_to_cart", 0), new("u1", "product_view", 60), new("u1", "purchase", 120),
            new("u2", "product_view", 0), new("u2", "add_to_cart", 30), new("u2", "purchase", 90),
        ], new FunnelRequest(Funnel(TimeSpan.FromHours(1))));

        Assert.Equal([2L, 1, 1], Units(result));
        Assert.Equal(0.5, result.Steps[1].ConversionFromPrevious);
        Assert.Equal(1L, result.Steps[1].Lost);
    }

    [Fact]
    public async Task Equal_timestamps_count_and_the_window_edge_is_inside()
    {
        var result = await RunAsync(
        [
            new("same", "product_view", 0), new("same", "add_to_cart", 0), new("same", "purchase", 0),
            new("edge", "product_view", 0), new("edge", "add_to_cart", 10), new("edge", "purchase", 600),
            new("late", "product_view", 0), new("late", "add_to_cart", 10), new("late", "purchase", 601),
        ], new FunnelRequest(Funnel(TimeSpan.FromMinutes(10))));

        Assert.Equal([3L, 3, 2], Units(result));
    }

    [Fact]
    public async Task A_later_repeat_of_step_one_starts_a_chain_that_reaches_further()
    {
        // The first product view's window closes before the purchase; the second one's does not.
        var result = await RunAsync(
        [
            new("u", "product_view", 0), new("u", "add_to_cart", 10), new("u", "product_view", 500),
            new("u", "add_to_cart", 520), new("u", "add_to_cart", 530), new("u", "purchase", 700),
        ], new FunnelRequest(Funnel(TimeSpan.FromMinutes(5))));

        Assert.Equal([1L, 1, 1], Units(result));
        Assert.Equal(200.0, result.Steps[2].MedianSecondsFromFirst);
    }

    [Fact]
    public async Task Page_steps_follow_the_guide_and_sessions_are_counted_apart()
    {
        var result = await RunAsync(
        [
            new("u", "page_view", 0, "s1", PageType: "home"), new("u", "search", 5, "s1"), new("u", "page_view", 9, "s1", PageType: "product"),
            new("u", "page_view", 100, "s2", PageType: "home"),
        ], new FunnelRequest(Funnel(TimeSpan.FromHours(1), "home", "list", "product"), Unit: FunnelUnit.Session));

        Assert.Equal([2L, 1, 1], Units(result));
    }

    [Fact]
    public void Steps_that_match_the_same_events_are_refused()
    {
        var e = Assert.Throws<Domain.Common.DomainException>(() => Funnel(TimeSpan.FromHours(1), "product", "product_view"));
        Assert.Equal("steps", e.Field);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Random_event_sets_agree_with_the_reference(int seed)
    {
        var random = new Random(seed);
        var window = TimeSpan.FromMinutes(random.Next(1, 8));
        string[] types = [.. StepTypes, "favorite", "search"];
        string[] channels = ["organic", "paid", "live"];
        // Whole minutes within 20 minutes: plenty of equal timestamps, repeats and events just outside the window.
        var rows = Enumerable.Range(0, 400).Select(_ => new BehaviourEventRow(
            "u" + random.Next(40), types[random.Next(types.Length)], random.Next(20) * 60, Channel: channels[random.Next(channels.Length)])).ToList();
        var request = new FunnelRequest(Funnel(window), By: BreakdownDimension.Channel);

        var result = await RunAsync(rows, request);

        var reference = ReferenceFunnel.Levels(rows.Select(r => new ReferenceFunnel.Event(r.User, r.Channel, TimeSpan.FromSeconds(r.Second),
            Array.IndexOf(StepTypes, r.Type) + 1)), window);
        foreach (var channel in channels)
        {
            var expected = Enumerable.Range(1, 3).Select(step => (long)reference.Count(p => p.Key.Group == channel && p.Value.Level >= step)).ToArray();
            Assert.Equal(expected, Units(result, channel));
            for (var step = 1; step <= 3; step++)
            {
                var times = reference.Where(p => p.Key.Group == channel && p.Value.Level >= step).Select(p => p.Value.Fastest[step].TotalSeconds).ToList();
                var row = result.Steps.Single(s => s.Group == channel && s.Step == step);
                Assert.Equal(times.Count == 0 ? null : Math.Round(times.Average(), 6), row.AverageSecondsFromFirst is { } a ? Math.Round(a, 6) : (double?)null);
            }
        }
    }

    public async ValueTask DisposeAsync() => await (await _stores).DisposeAsync();
}

/// <summary>A behaviour event for a test: a user, a type, seconds after the test's origin.</summary>
public sealed record BehaviourEventRow(string User, string Type, int Second, string? Session = null, string Channel = "organic", string? PageType = null)
{
    private static readonly DateTimeOffset Origin = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    public Domain.Analytics.BehaviourEvent ToEvent() => new(Guid.NewGuid(), Origin.AddSeconds(Second), Type, Session ?? "s-" + User, User, null, Channel,
        null, PageType, null, "浙江省", "杭州市", "ios", null);
}
