using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Demo;

/// <summary>Generates the demo store once for the pattern tests; generation takes seconds, so it is shared.</summary>
public sealed class GeneratedDemoStore : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 4, 0, 0, TimeSpan.Zero);

    public TestStore Store { get; private set; } = null!;
    public DemoFacts Facts { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await TestStore.CreateAsync();
        Facts = await new DemoStoreGenerator(Store.Db, Store.Analytics, new FakeTimeProvider(Now))
            .GenerateAsync(DemoScale.Demo, cancellationToken: TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}

public sealed class DemoStoreGeneratorTests(GeneratedDemoStore demo) : IClassFixture<GeneratedDemoStore>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_seed_and_time_give_the_same_store_and_another_seed_does_not()
    {
        await using var again = await TestStore.CreateAsync();
        var facts = await new DemoStoreGenerator(again.Db, again.Analytics, new FakeTimeProvider(GeneratedDemoStore.Now))
            .GenerateAsync(DemoScale.Demo, cancellationToken: Ct);

        Assert.Equal(demo.Facts with { Elapsed = default }, facts with { Elapsed = default });
        Assert.Equal(await FirstOrdersAsync(demo.Store), await FirstOrdersAsync(again));
        Assert.Equal(await FirstCustomersAsync(demo.Store), await FirstCustomersAsync(again));
        Assert.Equal(FirstEvents(demo.Store), FirstEvents(again));

        await using var other = await TestStore.CreateAsync();
        await new DemoStoreGenerator(other.Db, other.Analytics, new FakeTimeProvider(GeneratedDemoStore.Now))
            .GenerateAsync(DemoScale.Demo, seed: 7, cancellationToken: Ct);
        Assert.NotEqual(await FirstOrdersAsync(demo.Store), await FirstOrdersAsync(other));
    }

    [Fact]
    public async Task The_demo_scale_has_the_promised_size_and_reaches_the_outbox()
    {
        var f = demo.Facts;
        Assert.Equal((3_000, 15_000), (f.Customers, f.Orders));
        Assert.InRange(f.Skus, 250, 350);
        Assert.InRange(f.BehaviourEvents, 250_000, 350_000);
        Assert.Equal(GeneratedDemoStore.Now - TimeSpan.FromDays(120), f.From);
        var counts = await demo.Store.CountAsync();
        Assert.Equal((f.Orders, f.OrderLines, f.Customers), (counts.Orders, counts.OrderLines, counts.Customers));
        Assert.Equal(f.Orders, await demo.Store.Db.Outbox.CountAsync(m => m.Type == nameof(OrderPlaced), Ct));
        Assert.True(await demo.Store.Db.Orders.AllAsync(o => o.Source == OrderSources.Demo && o.PlacedAt <= GeneratedDemoStore.Now, Ct));
        Assert.Equal(f.CancelledOrders, await demo.Store.Db.Orders.CountAsync(o => o.Status == OrderStatus.Cancelled, Ct));
        Assert.Contains(await demo.Store.Db.Warehouses.Select(w => w.Kind).Distinct().ToListAsync(Ct), k => k == Domain.Inventory.WarehouseKind.Bonded);
        // Stock equals the sum of its ledger movements.
        var onHand = await demo.Store.Db.StockItems.SumAsync(s => s.OnHand, Ct);
        Assert.Equal(onHand, await demo.Store.Db.StockMovements.SumAsync(m => m.Quantity, Ct));
    }

    [Fact]
    public async Task Fruit_sells_relatively_more_after_20_00_than_before_noon()
    {
        var lines = await (
            from l in demo.Store.Db.OrderLines
            join o in demo.Store.Db.Orders on l.OrderId equals o.Id
            select new { l.CategoryCode, o.PlacedAt }).ToListAsync(Ct);
        double FruitShare(Func<int, bool> hour)
        {
            var inHours = lines.Where(l => hour(l.PlacedAt.ToOffset(TimeSpan.FromHours(8)).Hour)).ToList();
            return (double)inHours.Count(l => l.CategoryCode == DemoCatalog.FruitCategory) / inHours.Count;
        }

        var evening = FruitShare(h => h >= 20);
        var morning = FruitShare(h => h < 12);

        Assert.True(evening > morning * 1.8, $"fruit share after 20:00 {evening:P1}, before 12:00 {morning:P1}");
    }

    [Fact]
    public async Task About_eight_percent_of_orders_are_cash_on_delivery()
    {
        var cod = await demo.Store.Db.Orders.CountAsync(o => o.PaymentMethod == PaymentMethod.CashOnDelivery, Ct);

        Assert.Equal(demo.Facts.CashOnDeliveryOrders, cod);
        Assert.InRange((double)cod / demo.Facts.Orders, 0.065, 0.095);
    }

    [Fact]
    public void Behaviour_events_drop_off_along_the_funnel_and_some_searches_find_nothing()
    {
        using var connection = demo.Store.Analytics.OpenConnection();
        long Count(string where)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM behaviour_events WHERE " + where;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        long Sessions(string where) => ScalarSessions(connection, where);

        long[] funnel =
        [
            Sessions("type = 'page_view' AND page_type = 'product'"), Sessions("type = 'page_view' AND page_type = 'cart'"),
            Sessions("type = 'page_view' AND page_type = 'payment'"), Sessions("type = 'purchase'"),
        ];
        Assert.Equal(funnel.OrderDescending(), funnel);
        Assert.True(funnel[3] > 0 && funnel[3] < funnel[0] / 5, $"funnel {string.Join(" > ", funnel)}");
        Assert.True(Count("type = 'search' AND json_extract_string(properties, '$.result_count') = '0'") > 0);
        Assert.True(Count("type = 'ad_click'") < Count("type = 'ad_impression'"));
        Assert.Equal(Count("type = 'page_view'"), Count("type = 'page_view' AND page_load_ms > 0"));
    }

    private static long ScalarSessions(DuckDB.NET.Data.DuckDBConnection connection, string where)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(DISTINCT session_id) FROM behaviour_events WHERE " + where;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> FirstOrdersAsync(TestStore store) =>
        (await store.Db.Orders.OrderBy(o => o.Id).Take(20).ToListAsync(Ct))
        .Select(o => $"{o.Number}|{o.CustomerCode}|{o.Channel}|{o.Status}|{o.PaymentMethod}|{o.Total}|{o.PlacedAt:O}").ToList();

    private static async Task<List<string>> FirstCustomersAsync(TestStore store) =>
        (await store.Db.Customers.OrderBy(c => c.Id).Take(20).ToListAsync(Ct)).Select(c => $"{c.Code}|{c.Name}|{c.Phone}|{c.City}").ToList();

    private static List<string> FirstEvents(TestStore store)
    {
        using var connection = store.Analytics.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT event_id, type, session_id, sku, occurred_at FROM behaviour_events ORDER BY session_id, occurred_at, event_id LIMIT 50";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add($"{reader.GetValue(0)}|{reader.GetValue(1)}|{reader.GetValue(2)}|{reader.GetValue(3)}|{reader.GetValue(4)}");
        return rows;
    }
}
