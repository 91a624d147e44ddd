using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

/// <summary>
/// The default funnel read from its daily rollup must equal the funnel from the raw events: wherever the rollup ends,
/// for chains that cross China midnight, after a refresh that only adds days, and after writers change days it holds.
/// </summary>
public sealed class FunnelRollupTests : IAsyncDisposable
{
    private static readonly DateOnly FirstDay = new(2026, 11, 1);
    private static readonly string[] PageTypes = ["home", "list", "product", "cart", "payment"];

    private readonly Task<AnalyticsTestStores> _stores = AnalyticsTestStores.CreateAsync();

    private static readonly AnalyticsPeriod[] Periods =
    [
        AnalyticsPeriod.FromDays(FirstDay, new(2026, 11, 20)),
        AnalyticsPeriod.FromDays(new(2026, 11, 3), new(2026, 11, 9)),
        AnalyticsPeriod.FromDays(new(2026, 11, 8), new(2026, 11, 8)),
        AnalyticsPeriod.FromDays(new(2026, 10, 25), new(2026, 11, 30)),
    ];

    public static TheoryData<string> RollupEnds => ["2026-11-02", "2026-11-09", "2026-11-10", "2026-11-21", "2026-12-05"];

    [Theory]
    [MemberData(nameof(RollupEnds))]
    public async Task Funnel_from_the_rollup_equals_the_funnel_from_raw_events_wherever_the_rollup_ends(string lastDay)
    {
        var stores = await _stores;
        await stores.Analytics.AppendBehaviourEventsAsync(Generate(), TestContext.Current.CancellationToken);
        var query = new FunnelQuery(stores.Analytics);
        var raw = Periods.Select(p => query.Run(Request(p))).ToList();
        Assert.True(raw[0].Steps[^1].Units > 0, "the fixture has users who reach the last step");

        // First a rollup that ends earlier, then the refresh that only computes the days after it.
        await RefreshAsync(stores, DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture).AddDays(-4));
        await RefreshAsync(stores, DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < Periods.Length; i++) Assert.Equal(raw[i].Steps, query.Run(Request(Periods[i])).Steps);
        Assert.Equal(raw[0].Steps, RawRun(stores, query, Periods[0]).Steps);

        // The answer really comes from the rollup when it holds a day of the period.
        await stores.ExecuteAsync("UPDATE rollup_funnel_starts SET reached = 6, us_6 = 1");
        var changed = query.Run(Request(Periods[0]));
        Assert.NotEqual(raw[0].Steps[^1].Units, changed.Steps[^1].Units);
    }

    [Fact]
    public async Task Events_written_into_held_days_spoil_that_day_and_the_day_before_until_the_next_refresh()
    {
        var stores = await _stores;
        var ct = TestContext.Current.CancellationToken;
        // A user opens the home page at 23:30 on the 10th (China) and finishes after midnight, written after the refresh:
        // only the 11th is marked, and the chain that started on the 10th must still count.
        var start = AnalyticsPeriod.StartOf(new DateOnly(2026, 11, 11)).AddMinutes(-30);
        await stores.Analytics.AppendBehaviourEventsAsync([.. Generate(), Page("late", start, "home")], ct);
        var query = new FunnelQuery(stores.Analytics);
        await RefreshAsync(stores, new DateOnly(2026, 11, 21));
        var before = query.Run(Request(Periods[0]));
        await stores.Analytics.AppendBehaviourEventsAsync(
        [
            Page("late", start.AddMinutes(40), "list"), Page("late", start.AddMinutes(50), "product"), Page("late", start.AddMinutes(55), "cart"),
            Page("late", start.AddMinutes(58), "payment"), Purchase("late", start.AddMinutes(60)),
        ], ct);

        var after = query.Run(Request(Periods[0]));
        Assert.Equal(before.Steps[^1].Units + 1, after.Steps[^1].Units);
        Assert.Equal(RawRun(stores, query, Periods[0]).Steps, after.Steps);
        await RefreshAsync(stores, new DateOnly(2026, 11, 21));
        Assert.Equal(after.Steps, query.Run(Request(Periods[0])).Steps);
    }

    private static FunnelRequest Request(AnalyticsPeriod period) => new(FunnelDefinition.Default, period);

    /// <summary>Twenty days of users walking the default funnel: drop-offs, repeats, gaps from seconds to more than a day.</summary>
    private static List<BehaviourEvent> Generate()
    {
        var random = new Random(20261127);
        var events = new List<BehaviourEvent>();
        var origin = AnalyticsPeriod.StartOf(FirstDay);
        for (var visit = 0; visit < 900; visit++)
        {
            var user = "U" + random.Next(120);
            var at = origin.AddMinutes(random.Next(20 * 24 * 60));
            var furthest = random.Next(1, 7);
            for (var step = random.Next(3) == 0 ? 2 : 1; step <= furthest; step++)
            {
                events.Add(step == 6 ? Purchase(user, at) : Page(user, at, PageTypes[step - 1]));
                // Mostly minutes apart; sometimes the same second, sometimes across the 24-hour window.
                at = at.AddSeconds(random.Next(5) switch { 0 => 0, 1 => random.Next(60), 4 => random.Next(20 * 3600, 28 * 3600), _ => random.Next(600) });
            }
        }
        return events;
    }

    /// <summary>Users ending in an even digit are signed-in customers, the others anonymous visitors.</summary>
    private static BehaviourEvent Page(string user, DateTimeOffset at, string pageType)
    {
        var known = (user[^1] - '0') % 2 == 0;
        return new(Guid.NewGuid(), at, "page_view", "S-" + user, known ? user : null, known ? null : user, "organic", null, pageType, null, null, null, null, null);
    }

    private static BehaviourEvent Purchase(string user, DateTimeOffset at) => Page(user, at, "payment") with { Type = "purchase", PageType = null };

    /// <summary>The query with the rollup's state removed (so it reads raw events only), then put back.</summary>
    private static FunnelResult RawRun(AnalyticsTestStores stores, FunnelQuery query, AnalyticsPeriod period)
    {
        using var connection = stores.Analytics.OpenConnection();
        using (var save = connection.CreateCommand())
        {
            save.CommandText = "CREATE TEMP TABLE saved_funnel_state AS SELECT * FROM rollup_funnel_state; DELETE FROM rollup_funnel_state;";
            save.ExecuteNonQuery();
        }
        var raw = query.Run(Request(period));
        using var restore = connection.CreateCommand();
        restore.CommandText = "INSERT INTO rollup_funnel_state SELECT * FROM saved_funnel_state";
        restore.ExecuteNonQuery();
        return raw;
    }

    private static async Task RefreshAsync(AnalyticsTestStores stores, DateOnly lastDay)
    {
        var now = new FakeTimeProvider(AnalyticsPeriod.StartOf(lastDay.AddDays(1)).AddHours(5));
        await new DailyRollups(stores.Analytics, now).RefreshAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await (await _stores).DisposeAsync();
}
