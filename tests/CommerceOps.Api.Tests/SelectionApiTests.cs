using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Selection;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Api.Tests;

/// <summary>
/// Product selection over HTTP: pre-sales settle into a purchase order or refunds (explicitly and by the deadline job),
/// only top-segment customers vote, reviews of delivered lines feed review mining, and search events feed demand mining.
/// Every test works on rows it created (unique codes and terms), so other tests writing to the same store do not matter.
/// </summary>
public abstract class SelectionApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_pre_sale_that_reaches_its_target_raises_one_purchase_order_for_the_deposited_units()
    {
        store.RequireStore();
        var (sku, supplier) = await SkuWithSupplierAsync(moq: 4, pack: 2);
        var ops = await store.StaffAsync("operations");
        var code = await CreatePreSaleAsync(ops, sku, target: 3, deadline: DateTimeOffset.UtcNow.AddDays(2));
        var shop = store.Storefront();
        var first = await shop.PostJsonAsync($"/api/v1/selection/presales/{code}/deposits", new { customerCode = await store.CreateCustomerAsync(), quantity = 2, token = "tok_ok_1" });
        var second = await shop.PostJsonAsync($"/api/v1/selection/presales/{code}/deposits", new { customerCode = await store.CreateCustomerAsync(), quantity = 1, token = "tok_ok_2" });

        var closed = await (await ops.PostJsonAsync($"/api/v1/selection/presales/{code}/close", new { })).JsonAsync();
        var again = await (await ops.PostJsonAsync($"/api/v1/selection/presales/{code}/close", new { })).JsonAsync();
        var late = await shop.PostJsonAsync($"/api/v1/selection/presales/{code}/deposits", new { customerCode = await store.CreateCustomerAsync(), quantity = 1, token = "tok_ok_3" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal(100m, (await first.JsonAsync()).GetProperty("amount").GetDecimal());
        Assert.Equal(("closed", "succeeded", 3), (closed.GetProperty("status").GetString(), closed.GetProperty("outcome").GetString(), closed.GetProperty("depositedQuantity").GetInt32()));
        var number = closed.GetProperty("purchaseOrder").GetString();
        Assert.Equal(number, again.GetProperty("purchaseOrder").GetString());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var orders = await store.QueryAsync(db => db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).Where(o => o.SupplierCode == supplier).ToListAsync());
        var order = Assert.Single(orders);
        Assert.Equal(number, order.Number);
        Assert.Equal("draft", order.Status.ToWire());
        Assert.Equal((sku, 4), (order.Lines[0].SkuCode, order.Lines[0].Quantity)); // 3 deposited, the supplier's MOQ is 4
    }

    [Fact]
    public async Task A_pre_sale_that_misses_its_target_at_the_deadline_refunds_every_deposit()
    {
        store.RequireStore();
        var (sku, supplier) = await SkuWithSupplierAsync(moq: 1, pack: 1);
        var ops = await store.StaffAsync("supply_chain");
        var deadline = DateTimeOffset.UtcNow.AddDays(1);
        var code = await CreatePreSaleAsync(ops, sku, target: 10, deadline: deadline);
        var shop = store.Storefront();
        foreach (var units in (int[])[2, 3])
            Assert.Equal(HttpStatusCode.Created, (await shop.PostJsonAsync($"/api/v1/selection/presales/{code}/deposits",
                new { customerCode = await store.CreateCustomerAsync(), quantity = units, token = "tok_ok_" + units })).StatusCode);
        var declined = await shop.PostJsonAsync($"/api/v1/selection/presales/{code}/deposits", new { customerCode = await store.CreateCustomerAsync(), quantity = 1, token = "tok_fail" });

        var before = await SweepAsync(deadline.AddMinutes(-1), code);
        var after = await SweepAsync(deadline.AddMinutes(1), code);
        var view = await (await ops.GetAsync($"/api/v1/selection/presales/{code}")).JsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, declined.StatusCode);
        Assert.Equal("open", before);
        Assert.Equal("closed", after);
        Assert.Equal(("closed", "failed"), (view.GetProperty("campaign").GetProperty("status").GetString(), view.GetProperty("campaign").GetProperty("outcome").GetString()));
        var deposits = view.GetProperty("deposits").EnumerateArray().ToList();
        Assert.Equal(2, deposits.Count);
        Assert.All(deposits, d =>
        {
            Assert.Equal("refunded", d.GetProperty("status").GetString());
            Assert.StartsWith("sim_rf_", d.GetProperty("refundReference").GetString());
        });
        Assert.Equal([100m, 150m], deposits.Select(d => d.GetProperty("amount").GetDecimal()).Order());
        Assert.False(await store.QueryAsync(db => db.PurchaseOrders.AnyAsync(o => o.SupplierCode == supplier)));
    }

    [Fact]
    public async Task A_retried_deposit_with_the_same_idempotency_key_charges_once_and_answers_the_same()
    {
        store.RequireStore();
        var (sku, _) = await SkuWithSupplierAsync(moq: 1, pack: 1);
        var ops = await store.StaffAsync("operations");
        var code = await CreatePreSaleAsync(ops, sku, target: 10, deadline: DateTimeOffset.UtcNow.AddDays(2));
        var customer = await store.CreateCustomerAsync();
        var shop = store.Storefront();
        var url = $"/api/v1/selection/presales/{code}/deposits";
        var key = "dep-" + Unique();
        var body = new { customerCode = customer, quantity = 2, token = "tok_ok_retry" };

        var first = await shop.PostJsonAsync(url, body, key);
        var retry = await shop.PostJsonAsync(url, body, key);
        var otherBody = await shop.PostJsonAsync(url, new { customerCode = customer, quantity = 3, token = "tok_ok_retry" }, key);
        var otherKey = await shop.PostJsonAsync(url, body, key + "-2");
        var view = await (await ops.GetAsync($"/api/v1/selection/presales/{code}")).JsonAsync();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        var (a, b) = (await first.JsonAsync(), await retry.JsonAsync());
        Assert.Equal((a.GetProperty("number").GetString(), 2, 100m, "paid"),
            (b.GetProperty("number").GetString(), b.GetProperty("quantity").GetInt32(), b.GetProperty("amount").GetDecimal(), b.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
        Assert.True((await otherBody.JsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(HttpStatusCode.Created, otherKey.StatusCode); // a new key is a new deposit
        Assert.Equal((2, 4), (view.GetProperty("deposits").GetArrayLength(), view.GetProperty("campaign").GetProperty("depositedQuantity").GetInt32()));
    }

    [Fact]
    public async Task Only_customers_in_the_top_rfm_segments_vote_and_only_once()
    {
        store.RequireStore();
        var ops = await store.StaffAsync("operations");
        var created = await ops.PostJsonAsync("/api/v1/selection/candidates",
            new { title = "围炉煮茶套装 " + Unique(), description = "搜索上升", category = "outdoor", targetPrice = 199m });
        var candidate = (await created.JsonAsync()).GetProperty("code").GetString()!;
        var champion = await ChampionAsync();
        var newcomer = await store.CreateCustomerAsync();
        var shop = store.Storefront();

        var refused = await shop.PostJsonAsync($"/api/v1/selection/candidates/{candidate}/votes", new { customerCode = newcomer });
        var voted = await shop.PostJsonAsync($"/api/v1/selection/candidates/{candidate}/votes", new { customerCode = champion });
        var twice = await shop.PostJsonAsync($"/api/v1/selection/candidates/{candidate}/votes", new { customerCode = champion });
        var byStaff = await ops.PostJsonAsync($"/api/v1/selection/candidates/{candidate}/votes", new { customerCode = champion });
        var tally = (await (await ops.GetAsync("/api/v1/selection/candidates")).JsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == candidate);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("customerCode", out _));
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(1, tally.GetProperty("votes").GetInt32());
    }

    [Fact]
    public async Task Concurrent_votes_by_one_customer_count_once_and_the_others_get_409()
    {
        store.RequireStore();
        var ops = await store.StaffAsync("operations");
        var created = await ops.PostJsonAsync("/api/v1/selection/candidates",
            new { title = "折叠露营桌 " + Unique(), description = "并发投票", category = "outdoor", targetPrice = 129m });
        var candidate = (await created.JsonAsync()).GetProperty("code").GetString()!;
        var champion = await ChampionAsync();
        var shop = store.Storefront();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            shop.PostJsonAsync($"/api/v1/selection/candidates/{candidate}/votes", new { customerCode = champion })));
        var tally = (await (await ops.GetAsync("/api/v1/selection/candidates")).JsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == candidate);

        Assert.Equal([HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.Conflict, 5)], responses.Select(r => r.StatusCode).OrderBy(s => s));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, tally.GetProperty("votes").GetInt32());
    }

    [Fact]
    public async Task Reviews_of_delivered_lines_show_up_as_praise_and_complaint_terms_of_their_category()
    {
        store.RequireStore();
        var category = "rv-" + Unique();
        var (_, sku) = await store.CreateProductAsync("露营灯 " + category, 59m, stock: 0, category: category);
        var customer = await store.CreateCustomerAsync();
        var delivered = await OrderAsync(customer, sku, category, OrderStatus.Delivered);
        var paid = await OrderAsync(customer, sku, category, OrderStatus.Paid);
        var second = await OrderAsync(await store.CreateCustomerAsync(), sku, category, OrderStatus.Completed);
        var shop = store.Storefront();

        var posted = await shop.PostJsonAsync("/api/v1/selection/reviews", new { customerCode = customer, orderNumber = delivered, sku, rating = 2, text = "灯光很亮，但是不满意，有异味。" });
        var again = await shop.PostJsonAsync("/api/v1/selection/reviews", new { customerCode = customer, orderNumber = delivered, sku, rating = 5, text = "好" });
        var early = await shop.PostJsonAsync("/api/v1/selection/reviews", new { customerCode = customer, orderNumber = paid, sku, rating = 5, text = "好" });
        var notTheirs = await shop.PostJsonAsync("/api/v1/selection/reviews", new { customerCode = customer, orderNumber = second, sku, rating = 5, text = "好" });
        var other = await (await shop.PostJsonAsync("/api/v1/selection/reviews", new { customerCode = "", orderNumber = second, sku, rating = 9, text = "好" })).JsonAsync();
        var customerOfSecond = await store.QueryAsync(db => db.Orders.Where(o => o.Number == second).Select(o => o.CustomerCode).SingleAsync());
        var secondReview = await shop.PostJsonAsync("/api/v1/selection/reviews", new { customerCode = customerOfSecond, orderNumber = second, sku, rating = 4, text = "价格不贵，没有异味，推荐！" });
        var staff = await store.StaffAsync("analyst");
        var terms = (await (await staff.GetAsync("/api/v1/selection/reviews/terms")).JsonAsync()).GetProperty("categories").EnumerateArray()
            .Single(c => c.GetProperty("category").GetString() == category);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notTheirs.StatusCode);
        Assert.True(other.GetProperty("errors").TryGetProperty("rating", out _));
        Assert.Equal(HttpStatusCode.Created, secondReview.StatusCode);
        Assert.Equal(2, terms.GetProperty("reviews").GetInt32());
        Assert.Equal(3.0, terms.GetProperty("meanRating").GetDouble());
        Assert.Equal(["不满意:1", "异味:1"], Terms(terms, "complaints"));
        Assert.Equal(["不贵:1", "推荐:1", "没有异味:1"], Terms(terms, "praise")); // ordinal: 推 (U+63A8) before 没 (U+6CA1)
    }

    [Fact]
    public async Task Search_events_show_few_result_rising_and_grouped_terms_with_their_spellings_merged()
    {
        store.RequireStore();
        var tag = Unique();
        var now = DateTimeOffset.UtcNow;
        var term = $"煮茶炉{tag}";
        var events = new List<object>();
        void Search(string query, int results, DateTimeOffset at, int times)
        {
            for (var i = 0; i < times; i++)
                events.Add(new
                {
                    eventId = Guid.NewGuid(), occurredAt = at, type = "search", sessionId = "s-" + tag, anonymousId = "a-" + tag, channel = "organic",
                    properties = new Dictionary<string, string> { ["query"] = query, ["result_count"] = results.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                });
        }
        Search(term, 0, now.AddDays(-1), 4);
        Search($"煮茶爐{tag.ToUpperInvariant()}", 0, now.AddDays(-2), 2);          // traditional 爐, upper case: the same term
        Search($"煮茶炉{tag}", 0, now.AddDays(-9), 2);                           // last week
        Search($"{tag}煮茶炉套装", 12, now.AddDays(-1), 3);                       // found things; similar by bigrams
        var shop = store.Storefront();
        Assert.Equal(HttpStatusCode.Accepted, (await shop.PostJsonAsync("/api/v1/events", new { events })).StatusCode);

        var staff = await store.StaffAsync("marketing");
        var report = await (await staff.GetAsync("/api/v1/selection/demand/terms?minSearches=5")).JsonAsync();

        var few = Single(report, "fewResults", term);
        Assert.Equal((8L, 0L), (few.GetProperty("searches").GetInt64(), few.GetProperty("maxResults").GetInt64()));
        Assert.Equal(2, few.GetProperty("spellings").GetArrayLength());
        var rising = Single(report, "rising", term);
        Assert.Equal((6L, 2L, 2.0), (rising.GetProperty("thisWeek").GetInt64(), rising.GetProperty("lastWeek").GetInt64(), rising.GetProperty("growth").GetDouble()));
        Assert.DoesNotContain(report.GetProperty("rising").EnumerateArray(), t => t.GetProperty("term").GetString() == $"{tag}煮茶炉套装"); // 3 < 5 searches
        Assert.DoesNotContain(report.GetProperty("fewResults").EnumerateArray(), t => t.GetProperty("term").GetString() == $"{tag}煮茶炉套装");
        var group = report.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("terms").EnumerateArray().Any(t => t.GetProperty("term").GetString() == term));
        Assert.Equal([term, $"{tag}煮茶炉套装"], group.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await shop.GetAsync("/api/v1/selection/demand/terms")).StatusCode);
    }

    private static JsonElement Single(JsonElement report, string list, string term) =>
        report.GetProperty(list).EnumerateArray().Single(t => t.GetProperty("term").GetString() == term);

    private static string[] Terms(JsonElement category, string list) =>
        [.. category.GetProperty(list).EnumerateArray().Select(t => $"{t.GetProperty("term").GetString()}:{t.GetProperty("reviews").GetInt32()}")];

    private async Task<(string Sku, string Supplier)> SkuWithSupplierAsync(int moq, int pack)
    {
        var (_, sku) = await store.CreateProductAsync("露营推车 presale", 299m, stock: 0);
        var staff = await store.StaffAsync("supply_chain");
        var supplier = "SP" + Unique();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostJsonAsync("/api/v1/purchasing/suppliers", new { code = supplier, name = "宁波户外", leadTimeDays = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/v1/purchasing/suppliers/{supplier}/items/{sku}",
            new { minimumOrderQuantity = moq, packSize = pack, unitCost = 150m })).StatusCode);
        return (sku, supplier);
    }

    private static async Task<string> CreatePreSaleAsync(HttpClient staff, string sku, int target, DateTimeOffset deadline)
    {
        var response = await staff.PostJsonAsync("/api/v1/selection/presales", new { title = "推车预售", sku, depositAmount = 50m, targetQuantity = target, deadline });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("code").GetString()!;
    }

    /// <summary>Runs the deadline job's work at <paramref name="at"/> and returns the campaign's status afterwards.</summary>
    private async Task<string> SweepAsync(DateTimeOffset at, string code)
    {
        await using var scope = store.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CommerceDbContext>();
        var service = new PreSaleService(db, services.GetRequiredService<UnitOfWork>(), services.GetRequiredService<IdempotencyStore>(), services.GetRequiredService<IPaymentProvider>(),
            services.GetRequiredService<IRefundProvider>(), new FakeTimeProvider(at));
        await service.CloseDueAsync(CancellationToken.None);
        return (await db.PreSaleCampaigns.AsNoTracking().SingleAsync(c => c.Code == code)).Status.ToWire();
    }

    /// <summary>
    /// A customer who is a champion whatever else is in the shared store: 200 orders today (the most of anyone) and a
    /// code that sorts last among equally recent buyers, so both the R and the F score are 5. Five one-order buyers from
    /// a year ago come with them, so there are always enough customers for the top fifth to exist.
    /// </summary>
    private async Task<string> ChampionAsync()
    {
        var code = "ZZZ-" + Unique();
        await store.QueryAsync(async db =>
        {
            db.Customers.Add(new Customer(code, "李大伟", Channels.Organic, DateTimeOffset.UtcNow.AddYears(-1), "13900000000"));
            return await db.SaveChangesAsync();
        });
        using var connection = store.Factory.Services.GetRequiredService<AnalyticsStore>().OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO fact_orders (order_number, customer_code, channel, payment_method, currency, total, line_count, status, source, placed_at)
            SELECT $1 || '-' || i, $1, 'organic', 'quick_pay', 'CNY', 100, 1, 'delivered', 'test', now() FROM range(200) t(i)
            UNION ALL
            SELECT 'AAA-' || $1 || '-' || i, 'AAA-' || $1 || '-' || i, 'organic', 'quick_pay', 'CNY', 10, 1, 'delivered', 'test', now() - INTERVAL 365 DAY
            FROM range(5) t(i)
            """;
        command.Parameters.Add(new DuckDBParameter(code));
        command.ExecuteNonQuery();
        return code;
    }

    private Task<string> OrderAsync(string customerCode, string sku, string category, OrderStatus status) =>
        store.QueryAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.Code == customerCode);
            var skuRow = await db.Skus.SingleAsync(s => s.Code == sku);
            var number = "RV" + Unique();
            var order = Order.Import(number, customer.Id, customer.Code, OrderSources.Platform, Channels.Organic, status, PaymentMethod.QuickPay,
                Money.DefaultCurrency, null, [new OrderLineDraft(skuRow.Id, sku, "露营灯", category, 1, 59m, null)], DateTimeOffset.UtcNow.AddDays(-5));
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return number;
        });
}

[Collection("sqlite-api")]
public sealed class SqliteSelectionApiTests(SqliteApiFixture store) : SelectionApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresSelectionApiTests(PostgresApiFixture store) : SelectionApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
