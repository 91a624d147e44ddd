using CommerceOps.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Demo;

/// <summary>
/// The large scale's code path (ids assigned up front, raw SQLite inserts, generation and writing pipelined, order facts
/// appended to DuckDB directly, the completion marker) run at small sizes through the same generator.
/// </summary>
public sealed class LargeScaleGenerationTests(GeneratedDemoStore demo) : IClassFixture<GeneratedDemoStore>
{
    private static readonly DemoScaleSettings Tiny = new(Customers: 400, Orders: 2_500, Sessions: 1_500, Days: 120);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DemoStoreGenerator Generator(TestStore store) => new(store.Db, store.Analytics, new FakeTimeProvider(GeneratedDemoStore.Now));

    [Fact]
    public async Task The_large_path_writes_the_counts_it_reports_to_SQLite_and_DuckDB_and_marks_completion()
    {
        await using var store = await TestStore.CreateAsync();

        var f = await Generator(store).GenerateAsync(DemoScale.Large, cancellationToken: Ct, sizes: Tiny);

        Assert.Equal((400, 2_500, 1_500), (f.Customers, f.Orders, f.Sessions));
        var counts = await store.CountAsync();
        Assert.Equal((f.Orders, f.OrderLines, f.Customers), (counts.Orders, counts.OrderLines, counts.Customers));
        // Orders skip the outbox at this scale (their facts are appended directly); only the stock receipts are there.
        Assert.Equal(0, await store.Db.Outbox.CountAsync(m => m.Type.StartsWith("Order"), Ct));
        Assert.Equal(f.Customers, await store.Db.Set<Domain.Customers.CustomerAddress>().CountAsync(Ct));
        Assert.Equal((long)f.Orders, await store.Db.Orders.MaxAsync(o => o.Id, Ct));
        using (var connection = store.Analytics.OpenConnection())
        {
            Assert.Equal(f.Orders, Count(connection, "fact_orders"));
            Assert.Equal(f.OrderLines, Count(connection, "fact_order_lines"));
            Assert.Equal(f.BehaviourEvents, Count(connection, "behaviour_events"));
        }
        Assert.True(DemoGenerationMarker.Read(store.DataDirectory)?.IsComplete);

        var again = await Assert.ThrowsAsync<DemoStoreRefusedException>(() => Generator(store).GenerateAsync(DemoScale.Large, cancellationToken: Ct, sizes: Tiny));
        Assert.Contains("already holds commerce data", again.Message);
    }

    [Fact]
    public async Task An_interrupted_large_run_leaves_a_marker_that_makes_the_next_run_refuse()
    {
        await using var store = await TestStore.CreateAsync();
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var progress = new InlineProgress(p => { if (p.Step == "orders") interrupt.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Generator(store).GenerateAsync(DemoScale.Large, progress: progress, cancellationToken: interrupt.Token, sizes: Tiny));

        Assert.False(DemoGenerationMarker.Read(store.DataDirectory)?.IsComplete);
        var refused = await Assert.ThrowsAsync<DemoStoreRefusedException>(() => Generator(store).GenerateAsync(DemoScale.Demo, cancellationToken: Ct));
        Assert.Contains("did not finish", refused.Message);
        Assert.Contains("Delete the data directory", refused.Message);
    }

    [Fact]
    public async Task At_the_demo_sizes_the_large_path_writes_the_same_rows_as_the_demo_path()
    {
        await using var store = await TestStore.CreateAsync();

        var f = await Generator(store).GenerateAsync(DemoScale.Large, cancellationToken: Ct, sizes: DemoScaleSettings.For(DemoScale.Demo));

        Assert.Equal(demo.Facts with { Scale = DemoScale.Large, Elapsed = default, Phases = default }, f with { Elapsed = default, Phases = default });
        // Read back through EF: the raw SQLite inserts store values exactly as EF's own parameters do.
        Assert.Equal(await OrdersAsync(demo.Store), await OrdersAsync(store));
        Assert.Equal(await CustomersAsync(demo.Store), await CustomersAsync(store));
    }

    private static long Count(DuckDB.NET.Data.DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM " + table;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> OrdersAsync(TestStore store) =>
        (await store.Db.Orders.Include(o => o.Lines).Include(o => o.History).OrderBy(o => o.Id).Where(o => o.Id % 97 == 1).ToListAsync(Ct))
        .Select(o => string.Join("|",
            o.Id, o.Number, o.CustomerId, o.CustomerCode, o.Channel, o.Source, o.Status, o.PaymentMethod, o.Currency, o.Total, o.Version,
            o.PlacedAt.ToString("O"), o.PaymentDueAt?.ToString("O"), o.PaidAt?.ToString("O"), o.ShippedAt?.ToString("O"),
            o.DeliveredAt?.ToString("O"), o.CompletedAt?.ToString("O"), o.CancelledAt?.ToString("O"), o.ShippingAddress,
            string.Join(",", o.Lines.Select(l => $"{l.SkuId}:{l.SkuCode}:{l.Quantity}:{l.UnitPrice}:{l.WarehouseId}").Order()),
            string.Join(",", o.History.Select(h => $"{h.From}>{h.To}@{h.At:O}:{h.Reason}").Order())))
        .ToList();

    private static async Task<List<string>> CustomersAsync(TestStore store) =>
        (await store.Db.Customers.Include(c => c.Addresses).Include(c => c.Consents).OrderBy(c => c.Id).Where(c => c.Id % 37 == 1).ToListAsync(Ct))
        .Select(c => string.Join("|", c.Id, c.Code, c.Name, c.Phone, c.MembershipTier, c.RegisteredAt.ToString("O"), c.Province, c.City,
            string.Join(",", c.Addresses.Select(a => $"{a.IsDefault}:{a.Address}")),
            string.Join(",", c.Consents.Select(r => $"{r.Purpose}:{r.GrantedAt:O}:{r.WithdrawnAt:O}"))))
        .ToList();

    private sealed class InlineProgress(Action<DemoProgress> report) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => report(value);
    }
}
