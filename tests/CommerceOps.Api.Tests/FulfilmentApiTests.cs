using System.Net;
using System.Net.Http.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Api.Tests;

/// <summary>
/// Delivery promises at checkout, late-shipment alerts raised and resolved, the carrier webhook, virtual inventory
/// (supplier stock, routing to the supplier, the supplier posting tracking) and customs declarations, over HTTP.
/// </summary>
public abstract class FulfilmentApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task A_promise_is_stored_at_checkout_alerts_when_broken_and_the_delivered_scan_resolves_it()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("折叠椅 promise", 129m, stock: 3);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();

        var placed = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, paymentMethod: "cash_on_delivery"));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();
        var number = order.GetProperty("number").GetString()!;
        var promise = order.GetProperty("promise");
        Assert.Equal("cross_province", promise.GetProperty("level").GetString()); // 上海 warehouse → 杭州
        var shipBy = promise.GetProperty("shipBy").GetDateTimeOffset();
        var deliverBy = promise.GetProperty("deliverBy").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromDays(1), deliverBy - promise.GetProperty("deliverFrom").GetDateTimeOffset());
        Assert.StartsWith("预计", promise.GetProperty("text").GetString());

        // Not shipped by the cut-off: a yellow alert keyed by the order.
        var notShipped = await SweepAsync(shipBy.AddMinutes(1));
        Assert.True(notShipped.NotShipped >= 1);
        Assert.Equal((AlertLevel.Yellow, AlertStatus.Open), await AlertAsync(number));

        var staff = await store.StaffAsync("operations");
        var tracking = "SF" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(HttpStatusCode.Created, (await staff.PostJsonAsync($"/api/v1/orders/{number}/shipments", new { carrier = "顺丰", trackingNumber = tracking })).StatusCode);

        // Shipped but still on its way after the promise: the same alert turns red.
        await SweepAsync(deliverBy.AddHours(1));
        Assert.Equal((AlertLevel.Red, AlertStatus.Open), await AlertAsync(number));

        // The carrier posts scans; a retry of the same scan adds nothing; the delivered scan resolves the alert.
        var scan = new { trackingNumber = tracking, at = deliverBy.AddHours(2), location = "杭州转运中心", description = "到达杭州", status = "in_transit" };
        var first = await (await api.PostJsonAsync("/api/v1/logistics/carrier-events", new { carrier = "顺丰", events = new[] { scan } })).JsonAsync();
        var retry = await (await api.PostJsonAsync("/api/v1/logistics/carrier-events", new { carrier = "顺丰", events = new[] { scan } })).JsonAsync();
        var delivered = await api.PostJsonAsync("/api/v1/logistics/carrier-events", new
        {
            carrier = "顺丰",
            events = new[] { new { trackingNumber = tracking, at = deliverBy.AddHours(5), location = "杭州市", description = "已签收", status = "delivered" } },
        });
        Assert.Equal((1, 0), (first.GetProperty("added").GetInt32(), retry.GetProperty("added").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal((AlertLevel.Red, AlertStatus.Closed), await AlertAsync(number));
        var stored = await (await api.GetAsync($"/api/v1/orders/{number}")).JsonAsync();
        Assert.Equal("delivered", stored.GetProperty("status").GetString());

        var byCarrier = await (await staff.GetAsync("/api/v1/logistics/promise-kept?by=carrier")).JsonAsync();
        Assert.Contains(byCarrier.EnumerateArray(), r => r.GetProperty("region").GetString() == "顺丰");
    }

    [Fact]
    public async Task The_carrier_webhook_needs_a_key_and_a_known_tracking_number()
    {
        store.RequireStore();
        var anonymous = store.Factory.CreateClient();
        var body = new { events = new[] { new { trackingNumber = "NOPE-1", at = DateTimeOffset.UtcNow, location = "", description = "x", status = "in_transit" } } };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/v1/logistics/carrier-events", body)).StatusCode);
        var unknown = await store.Storefront().PostJsonAsync("/api/v1/logistics/carrier-events", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("trackingNumber", out _));
    }

    [Fact]
    public async Task Supplier_stock_takes_orders_own_warehouses_cannot_and_the_supplier_ships_them()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("炉头 drop-ship", 89m, stock: 0);
        var customer = await store.CreateCustomerAsync();
        var supplyChain = await store.StaffAsync("supply_chain");
        var supplier = store.Storefront(); // the supplier's system, with an integration key

        var badSku = await supplier.PutAsJsonAsync("/api/v1/suppliers/warehouses/GZ-SUP/stock", new { items = new[] { new { sku = "NO-SUCH-SKU", quantity = 5 } } });
        var ownWarehouse = await supplier.PutAsJsonAsync("/api/v1/suppliers/warehouses/SH-OWN/stock", new { items = new[] { new { sku, quantity = 5 } } });
        var published = await supplier.PutAsJsonAsync("/api/v1/suppliers/warehouses/GZ-SUP/stock", new { items = new[] { new { sku, quantity = 5 } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badSku.StatusCode);
        Assert.True((await badSku.JsonAsync()).GetProperty("errors").TryGetProperty("items[0].sku", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ownWarehouse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var order = await (await store.Storefront().PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, quantity: 2, paymentMethod: "cash_on_delivery"))).JsonAsync();
        var number = order.GetProperty("number").GetString()!;
        var requests = await (await supplier.GetAsync("/api/v1/suppliers/warehouses/GZ-SUP/shipment-requests")).JsonAsync();
        var request = requests.EnumerateArray().Single(r => r.GetProperty("orderNumber").GetString() == number);
        Assert.Equal(2, request.GetProperty("lines")[0].GetProperty("quantity").GetInt32());

        // Published stock may not drop below what orders hold there.
        var belowReserved = await supplier.PutAsJsonAsync("/api/v1/suppliers/warehouses/GZ-SUP/stock", new { items = new[] { new { sku, quantity = 1 } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, belowReserved.StatusCode);

        var shipped = await supplier.PostJsonAsync($"/api/v1/suppliers/warehouses/GZ-SUP/shipment-requests/{number}/tracking", new { carrier = "中通", trackingNumber = "ZT" + number });
        Assert.Equal(HttpStatusCode.Created, shipped.StatusCode);
        var after = await (await supplier.GetAsync("/api/v1/suppliers/warehouses/GZ-SUP/shipment-requests")).JsonAsync();
        Assert.DoesNotContain(after.EnumerateArray(), r => r.GetProperty("orderNumber").GetString() == number);
        var onHand = await store.QueryAsync(db => db.StockItems.Where(s => s.SkuCode == sku && s.WarehouseCode == "GZ-SUP").Select(s => s.OnHand).SingleAsync());
        Assert.Equal(3, onHand);

        var report = await (await supplyChain.GetAsync("/api/v1/suppliers/report")).JsonAsync();
        Assert.Contains(report.GetProperty("routing").EnumerateArray(), r => r.GetProperty("kind").GetString() == "supplier_cloud");
        var cost = report.GetProperty("costAvoided");
        Assert.Equal(Money.Round(cost.GetProperty("stockValue").GetDecimal() * 0.225m), cost.GetProperty("perYear").GetDecimal());
    }

    [Fact]
    public async Task A_cross_border_order_ships_from_the_bonded_warehouse_and_carries_its_customs_status()
    {
        store.RequireStore();
        var sku = await CrossBorderProductAsync();
        var (_, domestic) = await store.CreateProductAsync("营地灯 customs", 59m, stock: 2);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();

        var number = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, paymentMethod: "cash_on_delivery"))).JsonAsync()).GetProperty("number").GetString()!;
        var domesticNumber = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, domestic))).JsonAsync()).GetProperty("number").GetString()!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PostJsonAsync($"/api/v1/orders/{domesticNumber}/customs", new { declarationNumber = "D1" })).StatusCode);
        var submitted = await (await api.PostJsonAsync($"/api/v1/orders/{number}/customs", new { declarationNumber = "CEB-001" })).JsonAsync();
        var rejected = await (await api.PostJsonAsync($"/api/v1/orders/{number}/customs/rejected", new { reason = "订购人身份信息不符" })).JsonAsync();
        var cannotClear = await api.PostJsonAsync($"/api/v1/orders/{number}/customs/cleared", new { });
        await api.PostJsonAsync($"/api/v1/orders/{number}/customs", new { declarationNumber = "CEB-002" });
        var cleared = await (await api.PostJsonAsync($"/api/v1/orders/{number}/customs/cleared", new { })).JsonAsync();

        Assert.Equal(("submitted", "rejected"), (submitted.GetProperty("status").GetString(), rejected.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, cannotClear.StatusCode);
        Assert.Equal(("cleared", "CEB-002"), (cleared.GetProperty("status").GetString(), cleared.GetProperty("declarationNumber").GetString()));
    }

    private async Task<string> CrossBorderProductAsync()
    {
        var code = "CB-" + Guid.NewGuid().ToString("N")[..8];
        await store.QueryAsync(async db =>
        {
            var bonded = await db.Warehouses.SingleOrDefaultAsync(w => w.Code == "NB-BONDED");
            if (bonded is null)
            {
                bonded = new Warehouse("NB-BONDED", "宁波保税仓", WarehouseKind.Bonded, "浙江省", "宁波市");
                db.Warehouses.Add(bonded);
            }
            var category = await db.Categories.SingleAsync(c => c.Code == "outdoor");
            var product = new Product("进口登山杖", category.Id, DateTimeOffset.UtcNow, "碳纤维");
            product.AddSku(code, "一对", Money.Cny(299m), DateTimeOffset.UtcNow, crossBorder: true);
            product.Publish();
            db.Products.Add(product);
            await db.SaveChangesAsync();
            var item = new StockItem(product.Skus[0].Id, code, bonded.Id, bonded.Code);
            item.Receive(5, "test", DateTimeOffset.UtcNow);
            db.StockItems.Add(item);
            db.StockMovements.AddRange(item.NewMovements);
            return await db.SaveChangesAsync();
        });
        return code;
    }

    private async Task<LateShipmentSweep> SweepAsync(DateTimeOffset at)
    {
        await using var scope = store.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var time = new FakeTimeProvider(at);
        var db = services.GetRequiredService<CommerceDbContext>();
        var monitor = new LateShipmentMonitor(db, services.GetRequiredService<UnitOfWork>(), new Infrastructure.Alerts.AlertInbox(db, time), time);
        return await monitor.CheckAsync(CancellationToken.None);
    }

    private Task<(AlertLevel, AlertStatus)> AlertAsync(string orderNumber) =>
        store.QueryAsync(async db =>
        {
            var alert = await db.Alerts.AsNoTracking().Where(a => a.Source == LateShipmentMonitor.Source && a.Key == orderNumber).OrderByDescending(a => a.Id).FirstAsync();
            return (alert.Level, alert.Status);
        });
}

[Collection("sqlite-api")]
public sealed class SqliteFulfilmentApiTests(SqliteApiFixture store) : FulfilmentApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresFulfilmentApiTests(PostgresApiFixture store) : FulfilmentApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
