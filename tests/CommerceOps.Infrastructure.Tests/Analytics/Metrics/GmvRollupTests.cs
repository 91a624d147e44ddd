using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Privacy;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

/// <summary>
/// The GMV tree read from the daily rollup must equal the tree from the raw facts: whatever day the rollup ends on
/// (the days after it are read raw and merged in), and after writers change days it already holds.
/// </summary>
public sealed class GmvRollupTests : IAsyncDisposable
{
    private static readonly AnalyticsPeriod Period = GmvTreeOneScanTests.Period;

    private readonly Task<AnalyticsTestStores> _stores = AnalyticsTestStores.CreateAsync();

    public static TheoryData<string> RollupEnds => ["2026-11-15", "2026-11-20", "2026-11-24", "2026-09-30", "2026-09-16"];

    [Theory]
    [MemberData(nameof(RollupEnds))]
    public async Task Tree_from_the_rollup_equals_the_tree_from_raw_facts_wherever_the_rollup_ends(string lastDay)
    {
        var stores = await _stores;
        await GmvTreeOneScanTests.GenerateAsync(stores.Analytics);
        var query = new GmvTreeQuery(stores.Analytics);
        AnalyticsPeriod[] periods = [Period, AnalyticsPeriod.FromDays(new(2026, 11, 15), new(2026, 11, 15)), AnalyticsPeriod.FromDays(new(2026, 9, 1), new(2026, 11, 30))];
        var raw = periods.Select(p => query.Run(new GmvTreeRequest(p))).ToList();

        await RefreshAsync(stores, DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < periods.Length; i++) AssertSameTotals(raw[i], query.Run(new GmvTreeRequest(periods[i])));

        // The answer really comes from the rollup: a change to it shows.
        await stores.ExecuteAsync("UPDATE rollup_daily_buyers SET gmv = gmv + 1");
        Assert.NotEqual(raw[2].Total.Current.Gmv, query.Run(new GmvTreeRequest(periods[2])).Total.Current.Gmv);
    }

    [Fact]
    public async Task Days_changed_by_writers_are_read_raw_until_the_next_refresh()
    {
        var stores = await _stores;
        await GmvTreeOneScanTests.GenerateAsync(stores.Analytics);
        var query = new GmvTreeQuery(stores.Analytics);
        await RefreshAsync(stores, new DateOnly(2026, 11, 25));
        var ct = TestContext.Current.CancellationToken;
        var day = Period.From.AddHours(30);

        // Ingestion (both paths) and erasure each mark the day they changed; a day after the rollup's last is not marked.
        await stores.Analytics.AppendBehaviourEventsAsync([new BehaviourEvent(Guid.NewGuid(), day, "product_view", "S-new", null, "A-new", "paid", null, "product", "SKU-1", null, null, null, null)], ct);
        Assert.Equal([ChinaDay.Of(day)], await DirtyDaysAsync(stores));
        await stores.ExecuteAsync("DELETE FROM rollup_dirty_days");
        await stores.Analytics.AppendBehaviourEventsAsync([new BehaviourEventInput
        {
            EventId = Guid.NewGuid(), OccurredAt = day.AddDays(2), Type = "product_view", SessionId = "S-new2", AnonymousId = "A-new2", Channel = "paid",
        }, new BehaviourEventInput
        {
            EventId = Guid.NewGuid(), OccurredAt = new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero), Type = "product_view", SessionId = "S-late", Channel = "paid",
        }], ct);
        Assert.Equal([ChinaDay.Of(day.AddDays(2))], await DirtyDaysAsync(stores));
        await using (var db = stores.NewCommerceDb())
            Assert.True(await new CustomerErasure(db, stores.Analytics).DetachEventsAsync("C7", ct) > 0);
        var dirty = await DirtyDaysAsync(stores);
        Assert.True(dirty.Count > 1, "the erased customer's event days are marked");

        var withMarks = query.Run(new GmvTreeRequest(Period));
        Assert.Equal(Raw(stores, query), withMarks.Total.Current);
        await RefreshAsync(stores, new DateOnly(2026, 11, 25));
        Assert.Empty(await DirtyDaysAsync(stores));
        AssertSameTotals(withMarks, query.Run(new GmvTreeRequest(Period)));
    }

    [Fact]
    public async Task An_ingested_day_is_marked_again_after_a_refresh_rolled_its_mark_up()
    {
        var stores = await _stores;
        await GmvTreeOneScanTests.GenerateAsync(stores.Analytics);
        await RefreshAsync(stores, new DateOnly(2026, 11, 25));
        var ct = TestContext.Current.CancellationToken;
        var day = Period.From.AddHours(30);

        await stores.Analytics.AppendBehaviourEventsAsync([Input("A-first", day)], ct);
        await stores.Analytics.AppendBehaviourEventsAsync([Input("A-second", day)], ct);
        Assert.Equal([ChinaDay.Of(day)], await DirtyDaysAsync(stores));

        // The refresh takes the mark; the next event of that day is not in the rollup and must mark it anew.
        await RefreshAsync(stores, new DateOnly(2026, 11, 25));
        Assert.Empty(await DirtyDaysAsync(stores));
        await stores.Analytics.AppendBehaviourEventsAsync([Input("A-third", day)], ct);
        Assert.Equal([ChinaDay.Of(day)], await DirtyDaysAsync(stores));
    }

    [Fact]
    public async Task Writes_during_a_refresh_keep_their_marks_and_the_tree_stays_exact()
    {
        var stores = await _stores;
        await GmvTreeOneScanTests.GenerateAsync(stores.Analytics);
        var query = new GmvTreeQuery(stores.Analytics);
        await RefreshAsync(stores, new DateOnly(2026, 11, 20));
        var ct = TestContext.Current.CancellationToken;
        var heldDay = Period.From.AddHours(30);                             // held by the old rollup and the new
        var newDay = AnalyticsPeriod.StartOf(new DateOnly(2026, 11, 23)).AddHours(3); // held only by the new one
        await stores.Analytics.AppendBehaviourEventsAsync([Visit("A-before", heldDay)], ct);

        var rollup = new DailyRollups(stores.Analytics, new FakeTimeProvider(AnalyticsPeriod.StartOf(new DateOnly(2026, 11, 26)).AddHours(5)));
        await using (var refresh = await rollup.BeginRefreshAsync(ct))
        {
            // The refresh's snapshot is taken: these writes are not in it, so their days must stay marked after the swap.
            await stores.Analytics.AppendBehaviourEventsAsync([Visit("A-during-1", heldDay), Visit("A-during-2", newDay)], ct);
            var state = await refresh.CompleteAsync(ct);
            Assert.Equal(ChinaDay.Of(AnalyticsPeriod.StartOf(new DateOnly(2026, 11, 25))), state.LastDay);
        }

        Assert.Equal([ChinaDay.Of(heldDay), ChinaDay.Of(newDay)], await DirtyDaysAsync(stores));
        var afterRefresh = query.Run(new GmvTreeRequest(Period));
        Assert.Equal(Raw(stores, query), afterRefresh.Total.Current);

        // The next refresh rolls the marked days up, and the numbers do not move.
        await RefreshAsync(stores, new DateOnly(2026, 11, 25));
        Assert.Empty(await DirtyDaysAsync(stores));
        AssertSameTotals(afterRefresh, query.Run(new GmvTreeRequest(Period)));
    }

    private static BehaviourEventInput Input(string visitor, DateTimeOffset at) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = at, Type = "product_view", SessionId = "S-" + visitor, AnonymousId = visitor, Channel = "paid",
    };

    private static BehaviourEvent Visit(string visitor, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, "product_view", "S-" + visitor, null, visitor, "paid", null, "product", "SKU-1", null, null, null, null);

    private static GmvFactors Raw(AnalyticsTestStores stores, GmvTreeQuery query)
    {
        // With no rollup state the query reads only raw facts; put the state back afterwards.
        using var connection = stores.Analytics.OpenConnection();
        using var save = connection.CreateCommand();
        save.CommandText = "CREATE TEMP TABLE saved_state AS SELECT * FROM rollup_state; DELETE FROM rollup_state;";
        save.ExecuteNonQuery();
        var raw = query.Run(new GmvTreeRequest(Period)).Total.Current;
        using var restore = connection.CreateCommand();
        restore.CommandText = "INSERT INTO rollup_state SELECT * FROM saved_state;";
        restore.ExecuteNonQuery();
        return raw;
    }

    private static void AssertSameTotals(GmvTree expected, GmvTree actual)
    {
        Assert.Equal(expected.Total.Current, actual.Total.Current);
        Assert.Equal(expected.Total.Comparisons.Select(c => c.Baseline), actual.Total.Comparisons.Select(c => c.Baseline));
        Assert.Equal(expected.Total.Comparisons.Select(c => c.Decomposition), actual.Total.Comparisons.Select(c => c.Decomposition));
    }

    private static async Task RefreshAsync(AnalyticsTestStores stores, DateOnly lastDay)
    {
        var now = new FakeTimeProvider(AnalyticsPeriod.StartOf(lastDay.AddDays(1)).AddHours(5));
        var state = await new DailyRollups(stores.Analytics, now).RefreshAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ChinaDay.Of(AnalyticsPeriod.StartOf(lastDay)), state.LastDay);
    }

    private static Task<List<int>> DirtyDaysAsync(AnalyticsTestStores stores) => stores.Analytics.WriteAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT china_day FROM rollup_dirty_days ORDER BY china_day";
        using var reader = command.ExecuteReader();
        var days = new List<int>();
        while (reader.Read()) days.Add(reader.GetInt32(0));
        return days;
    }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await (await _stores).DisposeAsync();
}
