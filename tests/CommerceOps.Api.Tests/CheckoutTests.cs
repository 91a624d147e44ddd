using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Api.Tests;

/// <summary>The storefront purchase path, run on both stores (SQLite and PostgreSQL) by the sealed classes at the bottom.</summary>
public abstract class CheckoutTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task Search_product_order_and_pay_takes_four_calls()
    {
        store.RequireStore();
        var (productId, sku) = await store.CreateProductAsync("轻量露营帐篷 双人", 399.00m, stock: 10);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var calls = 0;

        // 1. Search in Chinese: segmentation finds 帐篷 inside 轻量露营帐篷.
        var search = await (await api.GetAsync("/api/v1/catalog/products?q=" + Uri.EscapeDataString("露营 帐篷"))).JsonAsync(); calls++;
        var hit = search.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetInt64() == productId);
        // 2. Product detail.
        var product = await (await api.GetAsync($"/api/v1/catalog/products/{hit.GetProperty("id").GetInt64()}")).JsonAsync(); calls++;
        Assert.Equal(10, product.GetProperty("skus")[0].GetProperty("available").GetInt32());
        // 3. Buy now.
        var placed = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 2), Guid.NewGuid().ToString()); calls++;
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();
        Assert.Equal("placed", order.GetProperty("status").GetString());
        Assert.Equal(798.00m, order.GetProperty("total").GetDecimal());
        var number = order.GetProperty("number").GetString()!;
        // 4. Pay with the device-confirmed token.
        var paid = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok_face_id" }, Guid.NewGuid().ToString()); calls++;
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal("paid", (await paid.JsonAsync()).GetProperty("order").GetProperty("status").GetString());

        Assert.True(calls <= 5);
        var stock = await store.QueryAsync(db => db.StockItems.SingleAsync(s => s.SkuCode == sku));
        Assert.Equal((10, 2), (stock.OnHand, stock.Reserved));
    }

    [Fact]
    public async Task A_line_is_reserved_in_the_first_warehouse_of_the_route_that_has_all_of_it()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("双人睡袋", 199m, stock: 1); // 1 unit in SH-OWN, first on the route
        await store.QueryAsync(async db =>
        {
            var sup = await db.Warehouses.SingleAsync(w => w.Code == "GZ-SUP");
            var skuId = await db.Skus.Where(s => s.Code == sku).Select(s => s.Id).SingleAsync();
            var item = new StockItem(skuId, sku, sup.Id, sup.Code);
            item.Receive(5, "test", DateTimeOffset.UtcNow);
            db.StockItems.Add(item);
            db.StockMovements.AddRange(item.NewMovements);
            return await db.SaveChangesAsync();
        });
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();

        // Two units: SH-OWN has one, so the whole line goes to the supplier's cloud warehouse further down the route.
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 2))).StatusCode);
        // One unit: the nearest warehouse has it.
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 1))).StatusCode);
        // Four units: no warehouse has them all (SH-OWN 0, GZ-SUP 3 left), so nothing is held anywhere.
        Assert.NotEqual(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 4))).StatusCode);

        var held = await store.QueryAsync(db => db.StockItems.Where(s => s.SkuCode == sku)
            .OrderBy(s => s.WarehouseCode).Select(s => new { s.WarehouseCode, s.OnHand, s.Reserved }).ToListAsync());
        Assert.Equal([("GZ-SUP", 5, 2), ("SH-OWN", 1, 1)], held.Select(h => (h.WarehouseCode, h.OnHand, h.Reserved)));
        var reservations = await store.QueryAsync(db => db.StockReservations.Join(db.StockItems.Where(s => s.SkuCode == sku),
            r => new { r.SkuId, r.WarehouseId }, s => new { s.SkuId, s.WarehouseId }, (r, s) => new { s.WarehouseCode, r.Quantity })
            .OrderBy(x => x.WarehouseCode).ToListAsync());
        Assert.Equal([("GZ-SUP", 2), ("SH-OWN", 1)], reservations.Select(r => (r.WarehouseCode, r.Quantity)));
    }

    [Fact]
    public async Task Cash_on_delivery_is_confirmed_at_once_and_paid_at_the_door()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("折叠露营椅", 89.90m, stock: 5);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var order = await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 1, "cash_on_delivery"))).JsonAsync();
        Assert.Equal("cod_confirmed", order.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("paymentDueAt").ValueKind);
        var number = order.GetProperty("number").GetString()!;

        var pay = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok" });
        Assert.Equal(HttpStatusCode.Conflict, pay.StatusCode);

        var ops = await store.StaffAsync("operations");
        Assert.Equal(HttpStatusCode.Created, (await ops.PostJsonAsync($"/api/v1/orders/{number}/shipments", new { carrier = "SF", trackingNumber = "SF123" })).StatusCode);
        var delivered = await (await ops.PostJsonAsync($"/api/v1/orders/{number}/delivered", new { })).JsonAsync();
        Assert.Equal("delivered", delivered.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, delivered.GetProperty("paidAt").ValueKind);
        var stock = await store.QueryAsync(db => db.StockItems.SingleAsync(s => s.SkuCode == sku));
        Assert.Equal((4, 0), (stock.OnHand, stock.Reserved));
        var tracking = await (await api.GetAsync($"/api/v1/orders/{number}/tracking")).JsonAsync();
        Assert.Equal(2, tracking[0].GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Cart_checkout_creates_the_order_and_empties_the_cart()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("户外炊具套装", 159m, stock: 3);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var cart = await (await api.PostJsonAsync("/api/v1/carts", new { customerCode = customer })).JsonAsync();
        var id = cart.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/carts/{id}/lines", new { sku, quantity = 3 })).StatusCode);
        var checkout = await api.PostJsonAsync($"/api/v1/carts/{id}/checkout", new { paymentMethod = "quick_pay", address = Requests.Address() });
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        Assert.Equal(477m, (await checkout.JsonAsync()).GetProperty("total").GetDecimal());
        Assert.Equal(0, (await (await api.GetAsync($"/api/v1/carts/{id}")).JsonAsync()).GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task Address_and_remarks_change_before_shipment_and_are_refused_after()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("登山杖", 129m, stock: 5);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var number = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).JsonAsync()).GetProperty("number").GetString()!;
        await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok" });

        var changed = await api.PatchAsJsonAsync($"/api/v1/orders/{number}/delivery", new { address = Requests.Address("宁波市"), remarks = "工作日送货" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.JsonAsync();
        Assert.Equal("宁波市", body.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal("工作日送货", body.GetProperty("remarks").GetString());

        var ops = await store.StaffAsync("operations");
        await ops.PostJsonAsync($"/api/v1/orders/{number}/shipments", new { carrier = "SF", trackingNumber = "SF999" });
        var refused = await api.PatchAsJsonAsync($"/api/v1/orders/{number}/delivery", new { address = Requests.Address("温州市") });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var order = await (await api.GetAsync($"/api/v1/orders/{number}")).JsonAsync();
        Assert.Equal("宁波市", order.GetProperty("address").GetProperty("city").GetString());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_order_and_creates_nothing()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("睡袋", 259m, stock: 10);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var key = Guid.NewGuid().ToString();
        var first = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku), key);
        var retry = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var number = (await first.JsonAsync()).GetProperty("number").GetString();
        Assert.Equal(number, (await retry.JsonAsync()).GetProperty("number").GetString());
        Assert.Equal(1, await store.QueryAsync(db => db.Orders.CountAsync(o => o.CustomerCode == customer)));
        Assert.Equal(1, (await store.QueryAsync(db => db.StockItems.SingleAsync(s => s.SkuCode == sku))).Reserved);

        var payKey = Guid.NewGuid().ToString();
        var pay1 = await (await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok" }, payKey)).JsonAsync();
        var pay2 = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok" }, payKey);
        Assert.Equal(HttpStatusCode.OK, pay2.StatusCode);
        Assert.Equal(pay1.GetProperty("payment").GetProperty("id").GetInt64(), (await pay2.JsonAsync()).GetProperty("payment").GetProperty("id").GetInt64());
        Assert.Equal(1, await store.QueryAsync(db => db.Payments.CountAsync(p => p.OrderNumber == number)));

        var reused = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 2), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_idempotency_key_create_one_order_and_all_answer_with_it()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("双人帐篷", 899m, stock: 20);
        var customer = await store.CreateCustomerAsync();
        var key = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var api = store.Storefront();
            var response = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku), key);
            return (response.StatusCode, Number: (await response.JsonAsync()).GetProperty("number").GetString());
        }));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(answers.Select(a => a.Number).Distinct());
        Assert.Equal(1, await store.QueryAsync(db => db.Orders.CountAsync(o => o.CustomerCode == customer)));
        Assert.Equal(1, (await store.QueryAsync(db => db.StockItems.SingleAsync(s => s.SkuCode == sku))).Reserved);
    }

    /// <summary>A new product and buyer, and the number of the quick-pay order the buyer placed for it.</summary>
    private async Task<string> PlacedOrderAsync(string product, decimal price)
    {
        var (_, sku) = await store.CreateProductAsync(product, price, stock: 5);
        var customer = await store.CreateCustomerAsync();
        var placed = await (await store.Storefront().PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).JsonAsync();
        return placed.GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task Concurrent_payments_of_one_order_charge_it_once()
    {
        store.RequireStore();
        var number = await PlacedOrderAsync("户外电源", 1999m);

        // Eight devices pay at once, each with its own key: one payment goes through, the others find the order paid.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var api = store.Storefront();
            return (await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok" }, Guid.NewGuid().ToString())).StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(7, answers.Count(a => a == HttpStatusCode.Conflict));
        Assert.Equal(1, await store.QueryAsync(db => db.Payments.CountAsync(p => p.OrderNumber == number)));
        Assert.Equal(OrderStatus.Paid, (await store.QueryAsync(db => db.Orders.SingleAsync(o => o.Number == number))).Status);
    }

    [Fact]
    public async Task Concurrent_payments_with_one_idempotency_key_all_answer_with_the_one_payment()
    {
        store.RequireStore();
        var number = await PlacedOrderAsync("便携咖啡机", 599m);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var api = store.Storefront();
            var response = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok" }, key);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (await response.JsonAsync()).GetProperty("payment").GetProperty("id").GetInt64();
        }));

        Assert.Single(answers.Distinct());
        Assert.Equal(1, await store.QueryAsync(db => db.Payments.CountAsync(p => p.OrderNumber == number)));
    }

    [Fact]
    public async Task Two_hundred_concurrent_buyers_for_fifty_units_get_exactly_fifty_orders()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("限量联名露营灯", 199m, stock: 50);
        var customer = await store.CreateCustomerAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
        {
            using var api = store.Storefront();
            return (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).StatusCode;
        }));

        Assert.Equal(50, results.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(150, results.Count(s => s == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(50, await store.QueryAsync(db => db.Orders.CountAsync(o => o.CustomerCode == customer)));
        var stock = await store.QueryAsync(db => db.StockItems.SingleAsync(s => s.SkuCode == sku));
        Assert.Equal(0, stock.Available);
        Assert.Equal(50, stock.Reserved);
        Assert.Equal(50, await store.QueryAsync(db => db.StockReservations.Where(r => r.SkuId == stock.SkuId).SumAsync(r => r.Quantity)));
    }

    [Fact]
    public async Task Concurrent_buyers_who_order_pay_and_read_their_orders_all_finish()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("速干毛巾", 29m, stock: 1_000);
        var customer = await store.CreateCustomerAsync();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var api = store.Storefront();
            var number = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).JsonAsync()).GetProperty("number").GetString();
            await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok" });
            return (await (await api.GetAsync($"/api/v1/orders/{number}")).JsonAsync()).GetProperty("status").GetString();
        }));
        Assert.All(statuses, s => Assert.Equal("paid", s));
    }

    [Fact]
    public async Task Cancelling_releases_the_reserved_stock()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("防潮垫", 49m, stock: 2);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var number = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 2))).JsonAsync()).GetProperty("number").GetString();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 1))).StatusCode);
        var cancelled = await (await api.PostJsonAsync($"/api/v1/orders/{number}/cancel", new { reason = "changed my mind" })).JsonAsync();
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 2))).StatusCode);
        var reservations = await store.QueryAsync(db => db.StockReservations.Join(db.Orders, r => r.OrderId, o => o.Id, (r, o) => new { r.Status, o.Number })
            .Where(x => x.Number == number).Select(x => x.Status).ToListAsync());
        Assert.Equal([ReservationStatus.Released], reservations);
    }

    [Fact]
    public async Task Two_concurrent_changes_to_one_order_cannot_both_win()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("营地灯", 39m, stock: 2);
        var customer = await store.CreateCustomerAsync();
        var number = (await (await store.Storefront().PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).JsonAsync()).GetProperty("number").GetString();
        await using var scope1 = store.Factory.Services.CreateAsyncScope();
        await using var scope2 = store.Factory.Services.CreateAsyncScope();
        var db1 = scope1.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var db2 = scope2.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var first = await db1.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
        var second = await db2.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
        first.MarkPaid(DateTimeOffset.UtcNow);
        second.Cancel("customer changed mind", DateTimeOffset.UtcNow);
        await db1.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        Assert.Equal(OrderStatus.Paid, (await store.QueryAsync(db => db.Orders.SingleAsync(o => o.Number == number))).Status);
    }

    [Fact]
    public async Task A_transition_from_a_stale_read_fails_its_unit_of_work_and_leaves_nothing_of_it()
    {
        // The checkout and the payment write without the change tracker (on PostgreSQL queued for one batch at the
        // save): a version that no longer matches must fail the unit as SaveChanges would, its other rows must not be
        // written, and nothing of it may be sent with the context's next unit of work.
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("防潮垫", 59m, stock: 2);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var number = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).JsonAsync()).GetProperty("number").GetString()!;
        var stale = await store.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.History).SingleAsync(o => o.Number == number));
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok_face_id" })).StatusCode);

        await using var scope = store.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        var idempotency = scope.ServiceProvider.GetRequiredService<IdempotencyStore>();
        var ct = CancellationToken.None;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => unitOfWork.RunAsync(async ct =>
        {
            await idempotency.RememberAsync("test", "stale-" + number, "hash", stale.Id, ct);
            stale.Cancel("customer changed mind", DateTimeOffset.UtcNow);
            using var writer = OrderBulkWriter.ForUnitOfWork(db);
            await writer.UpdateAsync(stale, storedVersion: 0, ct);
        }, ct));
        await unitOfWork.RunAsync(ct => idempotency.RememberAsync("test", "next-" + number, "hash", stale.Id, ct), ct);

        var (order, keys, events) = await store.QueryAsync(async q => (
            await q.Orders.AsNoTracking().Include(o => o.History).SingleAsync(o => o.Number == number),
            await q.IdempotencyRecords.Where(r => r.Key.EndsWith(number)).Select(r => r.Key).ToListAsync(),
            await q.Outbox.AsNoTracking().Where(m => m.Payload.Contains(number)).Select(m => m.Type).ToListAsync()));
        Assert.Equal((OrderStatus.Paid, 1, 2), (order.Status, order.Version, order.History.Count));
        Assert.Equal(["next-" + number], keys);
        Assert.Equal(["OrderPlaced", "OrderStatusChanged", "PaymentCaptured"], events.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_order_left_unpaid_past_its_window_is_cancelled_and_its_stock_released()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("户外电源", 999m, stock: 1);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var unpaid = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).JsonAsync()).GetProperty("number").GetString();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).StatusCode);

        await using var scope = store.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow + CheckoutService.PaymentWindow + TimeSpan.FromMinutes(1));
        var sweeper = new OrderService(services.GetRequiredService<CommerceDbContext>(), services.GetRequiredService<UnitOfWork>(),
            services.GetRequiredService<StockLedger>(), later);
        Assert.True(await sweeper.CancelUnpaidAsync(CancellationToken.None) >= 1);

        var order = await (await api.GetAsync($"/api/v1/orders/{unpaid}")).JsonAsync();
        Assert.Equal("cancelled", order.GetProperty("status").GetString());
        Assert.Equal("payment timeout", order.GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).StatusCode);
    }

    [Fact]
    public async Task A_payment_stores_the_payment_the_paid_order_its_history_its_events_and_its_key()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("登山杖", 89m, stock: 3);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var number = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, 2))).JsonAsync()).GetProperty("number").GetString()!;
        var key = Guid.NewGuid().ToString();
        var paid = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok_face_id" }, key);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var paymentId = (await paid.JsonAsync()).GetProperty("payment").GetProperty("id").GetInt64();

        var (order, payment, events) = await store.QueryAsync(async db => (
            await db.Orders.AsNoTracking().Include(o => o.History).SingleAsync(o => o.Number == number),
            await db.Payments.AsNoTracking().SingleAsync(p => p.OrderNumber == number),
            await db.Outbox.AsNoTracking().Where(m => m.Payload.Contains(number)).Select(m => m.Type).ToListAsync()));
        Assert.Equal((OrderStatus.Paid, 1), (order.Status, order.Version));
        Assert.NotNull(order.PaidAt);
        Assert.Equal([(null, OrderStatus.Placed), (OrderStatus.Placed, OrderStatus.Paid)], order.History.OrderBy(h => h.Id).Select(h => (h.From, h.To)));
        Assert.Equal((paymentId, order.Id, 178m, PaymentStatus.Succeeded), (payment.Id, payment.OrderId, payment.Amount, payment.Status));
        Assert.Equal(["OrderPlaced", "OrderStatusChanged", "PaymentCaptured"], events.Order(StringComparer.Ordinal));

        // The key remembers this payment: a retry answers with it and charges nothing.
        var retry = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok_face_id" }, key);
        Assert.Equal(paymentId, (await retry.JsonAsync()).GetProperty("payment").GetProperty("id").GetInt64());
        Assert.Equal(1, await store.QueryAsync(db => db.Payments.CountAsync(p => p.OrderNumber == number)));
    }

    [Fact]
    public async Task Orders_placed_and_orders_written_with_the_tables_default_id_never_share_one()
    {
        // On PostgreSQL the checkout gives an order its id before saving, from a block drawn from the identity sequence
        // (IdentityBlocks); orders written meanwhile with the column's default (imports, another server) must not
        // collide with the rest of that block.
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("折叠凳", 39m, stock: 10);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var placed = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku));
            Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
            numbers.Add((await placed.JsonAsync()).GetProperty("number").GetString()!);
            numbers.Add(await store.QueryAsync(async db =>
            {
                var buyer = await db.Customers.SingleAsync(c => c.Code == customer);
                var skuRow = await db.Skus.SingleAsync(s => s.Code == sku);
                var order = Order.Import("IMP-" + Guid.NewGuid().ToString("N")[..12], buyer.Id, buyer.Code, OrderSources.Platform, Channels.Organic,
                    OrderStatus.Delivered, PaymentMethod.QuickPay, Money.DefaultCurrency, null,
                    [new OrderLineDraft(skuRow.Id, sku, "折叠凳", "outdoor", 1, 39m, null)], DateTimeOffset.UtcNow.AddDays(-1));
                db.Orders.Add(order);
                await db.SaveChangesAsync();
                return order.Number;
            }));
        }

        var ids = await store.QueryAsync(db => db.Orders.Where(o => numbers.Contains(o.Number)).Select(o => o.Id).ToListAsync());
        Assert.Equal(6, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_declined_token_leaves_the_order_unpaid()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("头灯", 69m, stock: 2);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var number = (await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku))).JsonAsync()).GetProperty("number").GetString();
        var key = Guid.NewGuid().ToString();
        var declined = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_declined" }, key);
        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Equal(OrderStatus.Placed, (await store.QueryAsync(db => db.Orders.SingleAsync(o => o.Number == number))).Status);

        // A retry with the key gets the first answer; the provider is not asked again.
        var retry = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_declined" }, key);
        Assert.Equal(HttpStatusCode.PaymentRequired, retry.StatusCode);
        Assert.Equal((await declined.JsonAsync()).GetProperty("payment").GetProperty("id").GetInt64(),
            (await retry.JsonAsync()).GetProperty("payment").GetProperty("id").GetInt64());
        Assert.Equal(1, await store.QueryAsync(db => db.Payments.CountAsync(p => p.OrderNumber == number)));
    }

    [Fact]
    public async Task A_retry_after_the_last_unit_sold_returns_the_first_order()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("登山杖", 129m, stock: 1);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var key = Guid.NewGuid().ToString();
        var first = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var retry = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku), key);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("number").GetString(), (await retry.JsonAsync()).GetProperty("number").GetString());
        var other = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await store.QueryAsync(db => db.Orders.CountAsync(o => o.CustomerCode == customer)));
    }
}

[Collection("sqlite-api")]
public sealed class SqliteCheckoutTests(SqliteApiFixture store) : CheckoutTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresCheckoutTests(PostgresApiFixture store) : CheckoutTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
