using Microsoft.Extensions.Time.Testing;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Tests.Analytics;

public sealed class OutboxProjectorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Placed_and_imported_orders_become_order_and_line_facts()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var customer = new Customer("CUST-1", "王五", "organic", stores.Time.GetUtcNow());
        await stores.SaveAsync(customer);
        await stores.SaveAsync(stores.PlacedOrder("P-1", customer, PaymentMethod.QuickPay), stores.ImportedOrder("I-1", OrderStatus.Delivered, lines: 3));

        Assert.Equal(2, await stores.DrainAsync());

        Assert.Equal(2L, stores.Scalar<long>("SELECT count(*) FROM fact_orders"));
        Assert.Equal(5L, stores.Scalar<long>("SELECT count(*) FROM fact_order_lines"));
        Assert.Equal("CUST-1|live|广东省|深圳市|quick_pay|CNY|518.80|2|placed|platform",
            stores.Scalar<string>("""
                SELECT concat_ws('|', customer_code, channel, province, city, payment_method, currency, total::VARCHAR, line_count, status, source)
                FROM fact_orders WHERE order_number = 'P-1'
                """));
        Assert.Equal(119.80m, stores.Scalar<decimal>("SELECT amount FROM fact_order_lines WHERE order_number = 'P-1' AND line_no = 2"));
        Assert.Equal("轻量帐篷", stores.Scalar<string>("SELECT product_title FROM fact_order_lines WHERE order_number = 'P-1' AND line_no = 1"));
        // Imported history that is already delivered counts as paid at placement, like Order.Import.
        Assert.Equal(1L, stores.Scalar<long>("SELECT count(*) FROM fact_orders WHERE order_number = 'I-1' AND status = 'delivered' AND paid_at = placed_at"));
        Assert.Equal(63.00m, stores.Scalar<decimal>("SELECT sum(amount) FROM fact_order_lines WHERE order_number = 'I-1'"));
        await AssertOutboxFullyMarkedAsync(stores);
    }

    [Fact]
    public async Task Status_changes_payments_and_address_changes_from_later_batches_update_the_order()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var customer = new Customer("CUST-2", "赵六", "paid", stores.Time.GetUtcNow());
        await stores.SaveAsync(customer);
        await stores.SaveAsync(stores.PlacedOrder("P-2", customer, PaymentMethod.QuickPay), stores.ImportedOrder("I-2"));
        await stores.DrainAsync();

        stores.Time.Advance(TimeSpan.FromMinutes(5));
        await using (var db = stores.NewCommerceDb())
        {
            var order = await db.Orders.SingleAsync(o => o.Number == "P-2", Ct);
            order.ChangeAddress(new PostalAddress("赵六", "13700000000", "江苏省", "南京市", "鼓楼区", "中山路 3 号"), stores.Time.GetUtcNow());
            order.MarkPaid(stores.Time.GetUtcNow());
            db.Payments.Add(Payment.Record(order, new PaymentResult(true, "SIM-42", null), stores.Time.GetUtcNow()));
            await db.SaveChangesAsync(Ct);
        }
        stores.Time.Advance(TimeSpan.FromHours(3));
        await using (var db = stores.NewCommerceDb())
        {
            var order = await db.Orders.SingleAsync(o => o.Number == "P-2", Ct);
            order.Ship(stores.Time.GetUtcNow());
            var other = await db.Orders.SingleAsync(o => o.Number == "I-2", Ct);
            other.Cancel("customer asked", stores.Time.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(5, await stores.DrainAsync());

        Assert.Equal("shipped|江苏省|南京市|300|11100",
            stores.Scalar<string>("""
                SELECT concat_ws('|', status, province, city, epoch(paid_at - placed_at)::BIGINT, epoch(shipped_at - placed_at)::BIGINT)
                FROM fact_orders WHERE order_number = 'P-2'
                """));
        Assert.Equal("cancelled|11100", stores.Scalar<string>(
            "SELECT concat_ws('|', status, epoch(cancelled_at - placed_at)::BIGINT) FROM fact_orders WHERE order_number = 'I-2'"));
        Assert.Equal("P-2|quick_pay|518.80|SIM-42", stores.Scalar<string>(
            "SELECT concat_ws('|', order_number, method, amount::VARCHAR, provider_reference) FROM fact_payments"));
        Assert.Equal(2L, stores.Scalar<long>("SELECT count(*) FROM fact_orders"));
    }

    [Fact]
    public async Task Only_a_cancellation_of_an_earlier_order_marks_its_placing_day_for_the_gmv_rollup()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var customer = new Customer("CUST-3", "钱七", "organic", stores.Time.GetUtcNow());
        await stores.SaveAsync(customer);
        await stores.SaveAsync(stores.PlacedOrder("P-3", customer, PaymentMethod.QuickPay), stores.ImportedOrder("I-3"));
        await stores.DrainAsync();
        // A rollup that holds every day so far (refreshed as of a later day), so any day a change touches would be marked.
        await new DailyRollups(stores.Analytics, new FakeTimeProvider(stores.Time.GetUtcNow().AddDays(30))).RefreshAsync(Ct);

        stores.Time.Advance(TimeSpan.FromHours(2));
        await using (var db = stores.NewCommerceDb())
        {
            var order = await db.Orders.SingleAsync(o => o.Number == "P-3", Ct);
            order.MarkPaid(stores.Time.GetUtcNow());
            order.Ship(stores.Time.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        }
        await stores.DrainAsync();
        Assert.Equal(0L, stores.Scalar<long>("SELECT count(*) FROM rollup_dirty_days"));

        await using (var db = stores.NewCommerceDb())
        {
            (await db.Orders.SingleAsync(o => o.Number == "I-3", Ct)).Cancel("customer asked", stores.Time.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        }
        await stores.DrainAsync();
        Assert.Equal(stores.Scalar<int>($"SELECT {ChinaDay.Of("placed_at")} FROM fact_orders WHERE order_number = 'I-3'"),
            stores.Scalar<int>("SELECT china_day FROM rollup_dirty_days"));
    }

    [Fact]
    public async Task Changes_in_the_same_batch_as_the_placement_are_merged_into_the_new_row()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var customer = new Customer("CUST-3", "钱七", "organic", stores.Time.GetUtcNow());
        await stores.SaveAsync(customer);
        var cod = stores.PlacedOrder("COD-1", customer, PaymentMethod.CashOnDelivery);
        await stores.SaveAsync(cod);
        await using (var db = stores.NewCommerceDb())
        {
            var order = await db.Orders.SingleAsync(o => o.Number == "COD-1", Ct);
            order.ConfirmCashOnDelivery(stores.Time.GetUtcNow());
            stores.Time.Advance(TimeSpan.FromHours(1));
            order.Ship(stores.Time.GetUtcNow());
            stores.Time.Advance(TimeSpan.FromHours(20));
            order.Deliver(stores.Time.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(4, await stores.DrainAsync());

        // Cash on delivery is paid when the carrier delivers, as the domain says.
        Assert.Equal("delivered|75600|75600", stores.Scalar<string>("""
            SELECT concat_ws('|', status, epoch(delivered_at - placed_at)::BIGINT, epoch(paid_at - placed_at)::BIGINT)
            FROM fact_orders WHERE order_number = 'COD-1'
            """));
        Assert.Equal(1L, stores.Scalar<long>("SELECT count(*) FROM fact_orders"));
    }

    [Fact]
    public async Task Draining_again_projects_nothing_twice()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        await stores.SaveAsync(stores.ImportedOrder("A-1"), stores.ImportedOrder("A-2"));

        Assert.Equal(2, await stores.DrainAsync());
        Assert.Equal(0, await stores.DrainAsync());

        Assert.Equal(2L, stores.Scalar<long>("SELECT count(*) FROM fact_orders"));
        Assert.Equal(4L, stores.Scalar<long>("SELECT count(*) FROM fact_order_lines"));
        Assert.Equal(2L, stores.Scalar<long>("SELECT count(*) FROM projected_events"));
    }

    [Fact]
    public async Task A_crash_after_the_analytics_commit_but_before_the_outbox_mark_still_projects_each_event_once()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        await stores.SaveAsync(stores.ImportedOrder("X-1"), stores.ImportedOrder("X-2", lines: 3));
        await stores.DrainAsync();
        await using (var db = stores.NewCommerceDb())
        {
            // The state a crash leaves behind: DuckDB committed, the outbox rows never marked.
            await db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.ProjectedAt, (DateTimeOffset?)null), Ct);
        }
        await stores.SaveAsync(stores.ImportedOrder("X-3"));

        Assert.Equal(3, await stores.DrainAsync());

        Assert.Equal("X-1,X-2,X-3", stores.Scalar<string>("SELECT string_agg(order_number, ',' ORDER BY order_number) FROM fact_orders"));
        Assert.Equal(7L, stores.Scalar<long>("SELECT count(*) FROM fact_order_lines"));
        Assert.Equal(3L, stores.Scalar<long>("SELECT count(DISTINCT event_id) FROM projected_events"));
        Assert.Equal(3L, stores.Scalar<long>("SELECT count(*) FROM projected_events"));
        await AssertOutboxFullyMarkedAsync(stores);
    }

    [Fact]
    public async Task A_failed_batch_leaves_neither_facts_nor_marks_behind()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        await stores.SaveAsync(stores.ImportedOrder("F-1"));
        await using (var blocker = stores.Analytics.OpenConnection())
        await using (var command = blocker.CreateCommand())
        {
            // An extra column makes the line append fail after the order row was appended in the same transaction.
            command.CommandText = "ALTER TABLE fact_order_lines ADD COLUMN unexpected_extra INTEGER";
            command.ExecuteNonQuery();
        }

        await Assert.ThrowsAnyAsync<Exception>(() => stores.DrainAsync());

        Assert.Equal(0L, stores.Scalar<long>("SELECT count(*) FROM fact_orders"));
        Assert.Equal(0L, stores.Scalar<long>("SELECT count(*) FROM projected_events"));
        await using var db = stores.NewCommerceDb();
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.ProjectedAt == null, Ct));
    }

    [Fact]
    public async Task Unknown_and_unreadable_events_are_recorded_and_do_not_block_the_stream()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        await stores.SaveAsync(
            new OutboxMessage { EventId = Guid.CreateVersion7(), Type = "LoyaltyPointsEarned", Payload = """{"points":10}""", OccurredAt = stores.Time.GetUtcNow() },
            new OutboxMessage { EventId = Guid.CreateVersion7(), Type = nameof(OrderPlaced), Payload = "{not json", OccurredAt = stores.Time.GetUtcNow() });
        await stores.SaveAsync(stores.ImportedOrder("U-1"));

        Assert.Equal(3, await stores.DrainAsync());

        Assert.Equal("U-1", stores.Scalar<string>("SELECT string_agg(order_number, ',') FROM fact_orders"));
        Assert.Equal("LoyaltyPointsEarned:unknown_type,OrderPlaced:applied,OrderPlaced:unreadable",
            stores.Scalar<string>("SELECT string_agg(event_type || ':' || outcome, ',' ORDER BY event_type, outcome) FROM projected_events"));
        await AssertOutboxFullyMarkedAsync(stores);
    }

    [Fact]
    public async Task Outbox_ids_with_gaps_are_marked_by_id()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        await stores.SaveAsync(stores.ImportedOrder("G-1"), stores.ImportedOrder("G-2"), stores.ImportedOrder("G-3"));
        await using (var db = stores.NewCommerceDb())
        {
            var middle = await db.Outbox.OrderBy(m => m.Id).Skip(1).Select(m => m.Id).FirstAsync(Ct);
            await db.Outbox.Where(m => m.Id == middle).ExecuteDeleteAsync(Ct);
        }

        Assert.Equal(2, await stores.DrainAsync());

        Assert.Equal(2L, stores.Scalar<long>("SELECT count(*) FROM fact_orders"));
        await AssertOutboxFullyMarkedAsync(stores);
    }

    [Fact]
    public async Task Stock_movements_are_projected()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var moved = new StockMoved("SKU-TENT", "WH-HZ", StockMovementKind.Receipt.ToWire(), 40, "PO-7") { OccurredAt = stores.Time.GetUtcNow() };
        await stores.SaveAsync(CommerceDbContext.ToOutbox(moved));

        Assert.Equal(1, await stores.DrainAsync());

        Assert.Equal($"{moved.EventId}|SKU-TENT|WH-HZ|receipt|40|PO-7", stores.Scalar<string>(
            "SELECT concat_ws('|', event_id, sku, warehouse, kind, quantity, reference) FROM fact_stock_movements"));
    }

    [Fact]
    public async Task A_backlog_larger_than_a_batch_is_drained_completely_in_order()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        await stores.SaveAsync([.. Enumerable.Range(1, 250).Select(i => stores.ImportedOrder($"B-{i:D4}", lines: 1))]);
        await using (var db = stores.NewCommerceDb())
        {
            foreach (var order in await db.Orders.Where(o => o.Number.StartsWith("B-00")).ToListAsync(Ct))
                order.Cancel("test", stores.Time.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(349, await stores.DrainAsync(batchSize: 40));

        Assert.Equal(250L, stores.Scalar<long>("SELECT count(*) FROM fact_orders"));
        Assert.Equal(99L, stores.Scalar<long>("SELECT count(*) FROM fact_orders WHERE status = 'cancelled' AND cancelled_at IS NOT NULL"));
        Assert.Equal(349L, stores.Scalar<long>("SELECT count(*) FROM projected_events"));
        await AssertOutboxFullyMarkedAsync(stores);
    }

    private static async Task AssertOutboxFullyMarkedAsync(AnalyticsTestStores stores)
    {
        await using var db = stores.NewCommerceDb();
        Assert.Equal(0, await db.Outbox.CountAsync(m => m.ProjectedAt == null, Ct));
    }
}
