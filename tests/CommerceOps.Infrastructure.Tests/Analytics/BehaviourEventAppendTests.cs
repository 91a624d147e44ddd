using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Tests.Analytics;

public sealed class BehaviourEventAppendTests
{
    [Fact]
    public async Task Ingested_events_are_appended_with_their_columns_and_properties()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var batch = BehaviourEventValidatorTests.Parse("""
            {"events":[
              {"eventId":"0193a3c4-0000-7000-8000-00000000000a","occurredAt":"2026-11-26T20:15:00+08:00","type":"page_view","pageType":"payment",
               "sessionId":"s-9","customerId":"CUST-9","channel":"private","campaign":"双11","province":"四川省","city":"成都市","device":"ios",
               "properties":{"page_load_ms":4200,"step":"pay"}},
              {"eventId":"0193a3c4-0000-7000-8000-00000000000b","occurredAt":"2026-11-26T12:16:00Z","type":"add_to_cart","sku":"SKU-TENT",
               "sessionId":"s-9","customerId":"CUST-9","channel":"private"}
            ]}
            """);

        Assert.Equal(2, await stores.Analytics.AppendBehaviourEventsAsync(batch.Events!, TestContext.Current.CancellationToken));

        Assert.Equal("page_view|payment|s-9|CUST-9|private|双11|四川省|成都市|ios|4200|{\"page_load_ms\":4200,\"step\":\"pay\"}|2026-11-26 12:15:00",
            stores.Scalar<string>("""
                SELECT concat_ws('|', type, page_type, session_id, customer_id, channel, campaign, province, city, device, page_load_ms, properties,
                    strftime(occurred_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S'))
                FROM behaviour_events WHERE event_id = '0193a3c4-0000-7000-8000-00000000000a'
                """));
        Assert.Equal(1L, stores.Scalar<long>(
            "SELECT count(*) FROM behaviour_events WHERE type = 'add_to_cart' AND sku = 'SKU-TENT' AND properties IS NULL AND page_load_ms IS NULL"));
    }

    [Fact]
    public async Task Domain_behaviour_events_are_appended_too()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var e = new BehaviourEvent(Guid.CreateVersion7(), stores.Time.GetUtcNow(), BehaviourEventTypes.Search, "s-1", null, "anon-1", "organic",
            null, null, null, "北京市", "北京市", "android", new Dictionary<string, string> { ["page_load_ms"] = "900", ["query"] = "camping" });

        Assert.Equal(1, await stores.Analytics.AppendBehaviourEventsAsync([e], TestContext.Current.CancellationToken));

        Assert.Equal(900, stores.Scalar<int>("SELECT page_load_ms FROM behaviour_events"));
    }

    [Fact]
    public async Task Sorting_by_time_rewrites_the_events_in_time_order_and_keeps_the_table_as_it_was()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var start = stores.Time.GetUtcNow();
        var minutes = new[] { 50, 10, 40, 0, 30, 20 };
        await stores.Analytics.AppendBehaviourEventsAsync([.. minutes.Select(m => new BehaviourEvent(Guid.CreateVersion7(), start.AddMinutes(m),
            BehaviourEventTypes.Search, "s-" + m, null, "anon-" + m, "organic", null, null, null, null, null, null, null))], ct);

        await stores.Analytics.SortBehaviourEventsByTimeAsync(ct);

        Assert.Equal("s-0,s-10,s-20,s-30,s-40,s-50", stores.Scalar<string>("SELECT string_agg(session_id, ',') FROM behaviour_events"));
        Assert.Equal(6L, stores.Scalar<long>("SELECT count(DISTINCT event_id) FROM behaviour_events"));
        // The rewritten table keeps its NOT NULL columns.
        Assert.Equal(0L, stores.Scalar<long>(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'behaviour_events' AND column_name IN ('event_id', 'occurred_at', 'type', 'session_id', 'channel') AND is_nullable"));
        Assert.Equal(15L, stores.Scalar<long>("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'behaviour_events'"));
    }

    [Fact]
    public async Task Batches_committed_together_are_each_stored_whole_or_not_at_all()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        // Another writer holds the write lock while the batches arrive, so they queue up and go in as one group.
        var releaseWriteLock = await HoldWriteLockAsync(stores.Analytics, ct);

        var first = stores.Analytics.AppendBehaviourEventsAsync(Batch("group-a", 3), ct);
        var broken = Batch("group-bad", 2);
        broken.Add(new BehaviourEventInput { EventId = null, OccurredAt = stores.Time.GetUtcNow(), Type = "search", SessionId = "group-bad", Channel = "paid" });
        var bad = stores.Analytics.AppendBehaviourEventsAsync(broken, ct);
        var second = stores.Analytics.AppendBehaviourEventsAsync(Batch("group-b", 4), ct);
        await releaseWriteLock();

        Assert.Equal(3, await first);
        Assert.Equal(4, await second);
        await Assert.ThrowsAnyAsync<Exception>(() => bad);
        Assert.Equal("group-a:3,group-b:4", stores.Scalar<string>(
            "SELECT string_agg(session_id || ':' || n, ',' ORDER BY session_id) FROM (SELECT session_id, count(*) AS n FROM behaviour_events GROUP BY ALL)"));
    }

    [Fact]
    public async Task A_batch_whose_sender_gave_up_while_it_waited_is_not_stored()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var releaseWriteLock = await HoldWriteLockAsync(stores.Analytics, ct);

        var kept = stores.Analytics.AppendBehaviourEventsAsync(Batch("kept", 2), ct);
        using var gaveUp = new CancellationTokenSource();
        var abandoned = stores.Analytics.AppendBehaviourEventsAsync(Batch("abandoned", 2), gaveUp.Token);
        await gaveUp.CancelAsync();
        await releaseWriteLock();

        Assert.Equal(2, await kept);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal(0L, stores.Scalar<long>("SELECT count(*) FROM behaviour_events WHERE session_id = 'abandoned'"));
    }

    /// <summary>Holds the write lock in another writer until the returned function is called.</summary>
    private static async Task<Func<Task>> HoldWriteLockAsync(AnalyticsStore store, CancellationToken cancellationToken)
    {
        var held = new SemaphoreSlim(0);
        var release = new SemaphoreSlim(0);
        var writer = Task.Run(() => store.WriteAsync(_ =>
        {
            held.Release();
            release.Wait(cancellationToken);
            return 0;
        }, cancellationToken), cancellationToken);
        await held.WaitAsync(cancellationToken);
        return async () =>
        {
            release.Release();
            await writer;
            held.Dispose();
            release.Dispose();
        };
    }

    private static List<BehaviourEventInput> Batch(string session, int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new BehaviourEventInput
        {
            EventId = Guid.NewGuid(), OccurredAt = new DateTimeOffset(2026, 11, 26, 1, i, 0, TimeSpan.Zero), Type = "search",
            SessionId = session, AnonymousId = "anon-" + session, Channel = "organic",
        }),
    ];
}
