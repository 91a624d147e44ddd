using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.AfterSales;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Api.Tests;

/// <summary>Returns and refunds over HTTP on both stores: evidence, policy refusals, rules with their audit, refunds, stock back, SLA alerts.</summary>
public abstract class ReturnsApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Beauty_with_an_allergy_and_a_photo_is_refunded_at_once_to_the_original_payment()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("玻尿酸保湿精华", 239m, stock: 5, category: "beauty.skincare");
        var (number, _) = await store.DeliveredOrderAsync(sku, 1);
        var api = store.Storefront();
        var photo = await UploadAsync(api, Png, "image/png", "红疹.png");

        var response = await api.PostJsonAsync("/api/v1/returns", new
        {
            orderNumber = number, reason = "allergy", condition = "used", description = "用后两小时脸颊发红",
            lines = new[] { new { sku, quantity = 1 } }, evidence = new[] { photo },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(("refunded", "allergy-worry-free", "refund_now", "original_payment"),
            (body.GetProperty("status").GetString(), body.GetProperty("ruleId").GetString(), body.GetProperty("ruleAction").GetString(),
             body.GetProperty("refundMethod").GetString()));
        Assert.Equal(239m, body.GetProperty("refundAmount").GetDecimal());
        Assert.Equal(body.GetProperty("createdAt").GetDateTimeOffset(), body.GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.StartsWith("sim_rf_", body.GetProperty("refundReference").GetString());
        Assert.Equal("image/png", body.GetProperty("evidence")[0].GetProperty("contentType").GetString());
        var returnNumber = body.GetProperty("number").GetString()!;
        var (orderStatus, refundEvents) = await store.QueryAsync(async db => (
            (await db.Orders.SingleAsync(o => o.Number == number)).Status,
            await db.Outbox.CountAsync(m => m.Type == nameof(RefundIssued) && m.Payload.Contains(returnNumber))));
        Assert.Equal((CommerceOps.Domain.Ordering.OrderStatus.Refunded, 1), (orderStatus, refundEvents));
    }

    [Fact]
    public async Task A_partial_return_comes_back_into_stock_and_is_refunded_on_receipt_then_the_rest_refunds_the_order()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("户外折叠椅", 133.33m, stock: 5);
        var (number, _) = await store.DeliveredOrderAsync(sku, 3);
        var api = store.Storefront();
        var service = await store.StaffAsync("service");

        var created = await (await api.PostJsonAsync("/api/v1/returns", new { orderNumber = number, reason = "no_reason", lines = new[] { new { sku, quantity = 1 } } })).JsonAsync();
        var returnNumber = created.GetProperty("number").GetString()!;
        var approved = await (await service.PostJsonAsync($"/api/v1/returns/{returnNumber}/approve", new { refundNow = false })).JsonAsync();
        var onHandBefore = await OnHandAsync(sku);
        var received = await (await service.PostJsonAsync($"/api/v1/returns/{returnNumber}/receipt", new { intact = true })).JsonAsync();

        Assert.Equal(("to-agent", "open"), (created.GetProperty("ruleId").GetString(), created.GetProperty("status").GetString()));
        Assert.Equal("awaiting_goods", approved.GetProperty("status").GetString());
        Assert.Equal(("refunded", "received"), (received.GetProperty("status").GetString(), received.GetProperty("goods").GetString()));
        Assert.Equal(133.33m, received.GetProperty("refundAmount").GetDecimal());
        Assert.Equal(onHandBefore + 1, await OnHandAsync(sku));
        Assert.Equal(1, await store.QueryAsync(db => db.StockMovements.CountAsync(m => m.Reference == returnNumber && m.Kind == StockMovementKind.ReturnReceipt && m.Quantity == 1)));
        Assert.Equal("completed", (await (await api.GetAsync($"/api/v1/orders/{number}")).JsonAsync()).GetProperty("status").GetString());

        var rest = await (await api.PostJsonAsync("/api/v1/returns", new { orderNumber = number, reason = "no_reason", lines = new[] { new { sku, quantity = 2 } } })).JsonAsync();
        var restNumber = rest.GetProperty("number").GetString()!;
        var refunded = await (await service.PostJsonAsync($"/api/v1/returns/{restNumber}/approve", new { refundNow = true })).JsonAsync();
        var tooMany = await api.PostJsonAsync("/api/v1/returns", new { orderNumber = number, reason = "quality_defect", lines = new[] { new { sku, quantity = 1 } } });

        Assert.Equal(266.66m, refunded.GetProperty("refundAmount").GetDecimal());
        Assert.Equal("refunded", (await (await api.GetAsync($"/api/v1/orders/{number}")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
    }

    [Fact]
    public async Task Policy_refusals_are_problem_details_with_each_reason_under_its_field()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("登山杖", 189m, stock: 5);
        var (number, _) = await store.DeliveredOrderAsync(sku, 1);

        var response = await store.Storefront().PostJsonAsync("/api/v1/returns", new
        {
            orderNumber = number, reason = "no_reason", condition = "used",
            lines = new object[] { new { sku, quantity = 1 }, new { sku = "NOT-IN-ORDER", quantity = 1 } },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("not intact", errors.GetProperty("condition")[0].GetString());
        Assert.Contains("NOT-IN-ORDER is not in order", errors.GetProperty("lines[1].sku")[0].GetString());
        Assert.Equal("delivered", (await (await store.Storefront().GetAsync($"/api/v1/orders/{number}")).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Evidence_is_refused_unless_its_bytes_are_a_photo_or_a_pdf_within_the_size_limit()
    {
        store.RequireStore();
        var api = store.Storefront();

        var disguised = await PostFileAsync(api, "<html><script>alert(1)</script></html>"u8.ToArray(), "image/jpeg", "photo.jpg");
        var mismatch = await PostFileAsync(api, "%PDF-1.7 ..."u8.ToArray(), "image/png", "scan.png");
        var tooBig = new byte[EvidenceFormat.MaxBytes + 1];
        Png.CopyTo(tooBig, 0);
        var oversized = await PostFileAsync(api, tooBig, "image/png", "big.png");
        var pdf = await PostFileAsync(api, "%PDF-1.7 invoice"u8.ToArray(), "application/pdf", "发票.pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, disguised.StatusCode);
        Assert.True((await disguised.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Contains(oversized.StatusCode, new[] { HttpStatusCode.UnprocessableEntity, HttpStatusCode.RequestEntityTooLarge });
        Assert.Equal(HttpStatusCode.Created, pdf.StatusCode);
        var stored = await store.QueryAsync(db => db.ReturnEvidence.SingleAsync(e => e.FileName == "发票.pdf"));
        Assert.Equal("application/pdf", stored.ContentType);
        Assert.StartsWith("evidence", stored.StoragePath);
        Assert.DoesNotContain("发票", stored.StoragePath);
        var view = await (await store.StaffAsync("service")).GetAsync($"/api/v1/returns/evidence/{stored.Token}");
        Assert.Equal(("application/pdf", "%PDF-1.7 invoice"), (view.Content.Headers.ContentType?.MediaType, await view.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Cash_on_delivery_is_refunded_to_the_account_the_customer_names()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("睡袋", 259m, stock: 5);
        var (number, _) = await store.DeliveredOrderAsync(sku, 1, "cash_on_delivery");
        var api = store.Storefront();
        var lines = new[] { new { sku, quantity = 1 } };

        var noAccount = await api.PostJsonAsync("/api/v1/returns", new { orderNumber = number, reason = "quality_defect", lines });
        var created = await (await api.PostJsonAsync("/api/v1/returns", new
        {
            orderNumber = number, reason = "quality_defect", lines,
            refundAccount = new { kind = "alipay", holder = "王小明", number = "13812345678" },
        })).JsonAsync();
        var refunded = await (await (await store.StaffAsync("service")).PostJsonAsync(
            $"/api/v1/returns/{created.GetProperty("number").GetString()}/approve", new { refundNow = true })).JsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAccount.StatusCode);
        Assert.True((await noAccount.JsonAsync()).GetProperty("errors").TryGetProperty("refundAccount", out _));
        Assert.Equal(("customer_account", "alipay ****5678", "refunded"),
            (refunded.GetProperty("refundMethod").GetString(), refunded.GetProperty("refundAccount").GetString(), refunded.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task An_undecided_request_past_24_hours_raises_a_red_alert_that_its_decision_closes()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("帐篷 SLA", 599m, stock: 5);
        var (number, _) = await store.DeliveredOrderAsync(sku, 1);
        var created = await (await store.Storefront().PostJsonAsync("/api/v1/returns",
            new { orderNumber = number, reason = "not_as_described", lines = new[] { new { sku, quantity = 1 } } })).JsonAsync();
        var returnNumber = created.GetProperty("number").GetString()!;
        var resolveBy = created.GetProperty("resolveBy").GetDateTimeOffset();

        await SweepAtAsync(resolveBy - TimeSpan.FromHours(1));
        var yellow = await AlertAsync(returnNumber);
        await SweepAtAsync(resolveBy + TimeSpan.FromMinutes(1));
        var red = await AlertAsync(returnNumber);
        var breachedAt = await store.QueryAsync(db => db.ReturnRequests.Where(r => r.Number == returnNumber).Select(r => r.SlaBreachedAt).SingleAsync());
        await (await store.StaffAsync("service")).PostJsonAsync($"/api/v1/returns/{returnNumber}/reject", new { reason = "描述一致，照片未显示差异" });
        var closed = await AlertAsync(returnNumber);

        Assert.Equal(created.GetProperty("createdAt").GetDateTimeOffset() + TimeSpan.FromHours(24), resolveBy);
        Assert.Equal((AlertLevel.Yellow, AlertStatus.Open), (yellow.Level, yellow.Status));
        Assert.Equal((AlertLevel.Red, AlertStatus.Open), (red.Level, red.Status));
        Assert.NotNull(breachedAt);
        Assert.Equal(AlertStatus.Closed, closed.Status);
    }

    [Fact]
    public async Task Returns_are_for_service_staff_and_the_storefront()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync("marketing");

        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.GetAsync("/api/v1/returns")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.PostJsonAsync("/api/v1/returns/x/approve", new { refundNow = true })).StatusCode);
    }

    private async Task SweepAtAsync(DateTimeOffset at)
    {
        await using var scope = store.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var time = new FakeTimeProvider(at);
        var db = services.GetRequiredService<CommerceDbContext>();
        await new ReturnSlaMonitor(db, services.GetRequiredService<UnitOfWork>(), new AlertInbox(db, time), ReturnSla.Default, time)
            .SweepAsync(CancellationToken.None);
    }

    private Task<Alert> AlertAsync(string returnNumber) =>
        store.QueryAsync(db => db.Alerts.AsNoTracking().Where(a => a.Source == ReturnSlaMonitor.Source && a.Key == returnNumber).OrderByDescending(a => a.Id).FirstAsync());

    private Task<int> OnHandAsync(string sku) => store.QueryAsync(async db => (await db.StockItems.AsNoTracking().SingleAsync(s => s.SkuCode == sku)).OnHand);

    private static async Task<string> UploadAsync(HttpClient api, byte[] bytes, string contentType, string fileName)
    {
        var response = await PostFileAsync(api, bytes, contentType, fileName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("token").GetString()!;
    }

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient api, byte[] bytes, string contentType, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return api.PostAsync("/api/v1/returns/evidence", form);
    }
}

[Collection("sqlite-api")]
public sealed class SqliteReturnsApiTests(SqliteApiFixture store) : ReturnsApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresReturnsApiTests(PostgresApiFixture store) : ReturnsApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
