using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Api.Tests;

/// <summary>
/// The PIPL gaps over HTTP on both stores: the holiday calendar behind request deadlines, separate consent for health-related
/// proof, and the retention sweep of anonymised customers' transaction records.
/// </summary>
public abstract class SensitiveDataApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Compliance_edits_the_holiday_calendar_and_request_deadlines_count_with_it()
    {
        store.RequireStore();
        var compliance = await store.StaffAsync("compliance");
        // A far-future Saturday and Monday nobody else uses, so other tests' deadlines are not moved.
        var saturday = new DateOnly(2090, 1, 7).AddDays(7 * Random.Shared.Next(0, 50));
        var monday = saturday.AddDays(2);

        var official = await (await compliance.GetAsync("/api/v1/privacy/calendar?year=2026")).JsonAsync();
        var byMarketing = await (await store.StaffAsync("marketing")).PutAsJsonAsync($"/api/v1/privacy/calendar/{monday:yyyy-MM-dd}", new { kind = "holiday", name = "测试节" });
        var workingWeekday = await compliance.PutAsJsonAsync($"/api/v1/privacy/calendar/{monday:yyyy-MM-dd}", new { kind = "working_day", name = "测试节" });
        var badDate = await compliance.PutAsJsonAsync("/api/v1/privacy/calendar/2090-13-01", new { kind = "holiday", name = "测试节" });
        var holiday = await compliance.PutAsJsonAsync($"/api/v1/privacy/calendar/{monday:yyyy-MM-dd}", new { kind = "holiday", name = "测试节" });
        var worked = await compliance.PutAsJsonAsync($"/api/v1/privacy/calendar/{saturday:yyyy-MM-dd}", new { kind = "working_day", name = "测试节" });
        var listed = await (await compliance.GetAsync($"/api/v1/privacy/calendar?year={saturday.Year}")).JsonAsync();
        var removed = await compliance.DeleteAsync($"/api/v1/privacy/calendar/{saturday:yyyy-MM-dd}");
        var removedAgain = await compliance.DeleteAsync($"/api/v1/privacy/calendar/{saturday:yyyy-MM-dd}");
        var received = await (await store.Storefront().PostJsonAsync("/api/v1/privacy/requests", new { customerCode = await store.CreateCustomerAsync(), kind = "export" })).JsonAsync();
        var calendar = await (await compliance.GetAsync("/api/v1/privacy/calendar")).JsonAsync();
        (await compliance.DeleteAsync($"/api/v1/privacy/calendar/{monday:yyyy-MM-dd}")).EnsureSuccessStatusCode();

        var officialDays = official.EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("kind").GetString());
        Assert.Equal(33 + 6, officialDays.Count);
        Assert.Equal(("holiday", "working_day", "working_day"), (officialDays["2026-10-01"], officialDays["2026-10-10"], officialDays["2026-02-14"]));
        Assert.Equal(HttpStatusCode.Forbidden, byMarketing.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, workingWeekday.StatusCode);
        Assert.True((await workingWeekday.JsonAsync()).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True((await badDate.JsonAsync()).GetProperty("errors").TryGetProperty("date", out _));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (holiday.StatusCode, worked.StatusCode));
        Assert.Equal(["holiday", "working_day"], listed.EnumerateArray()
            .Where(d => d.GetProperty("date").GetString() == $"{monday:yyyy-MM-dd}" || d.GetProperty("date").GetString() == $"{saturday:yyyy-MM-dd}")
            .OrderByDescending(d => d.GetProperty("date").GetString()).Select(d => d.GetProperty("kind").GetString()).ToArray());
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (removed.StatusCode, removedAgain.StatusCode));
        // The deadline the server set, recomputed here from the calendar it lists.
        var days = calendar.EnumerateArray().Select(d => (DateOnly.Parse(d.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            d.GetProperty("kind").GetString() == "holiday" ? CalendarDayKind.Holiday : CalendarDayKind.WorkingDay));
        var expected = WorkingDays.DeadlineAfter(received.GetProperty("receivedAt").GetDateTimeOffset(), DataSubjectRequest.DefaultWorkingDays, new HolidayCalendar(days));
        Assert.Equal(expected, received.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_health_proof_is_uploaded_and_attached_only_on_the_customers_separate_consent_and_a_withdrawal_stops_it_at_once()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("舒缓修护面霜", 189m, stock: 5, category: "beauty.skincare");
        var (number, customer) = await store.DeliveredOrderAsync(sku);
        var api = store.Storefront();
        var consent = new { purpose = PrivacyPurposes.HealthProof, channel = "app", separate = true };

        var withoutCustomer = await UploadAsync(api, healthProofOf: "");
        var withoutConsent = await UploadAsync(api, healthProofOf: customer);
        var plainPhoto = await UploadAsync(api, healthProofOf: null);
        (await api.PostJsonAsync($"/api/v1/customers/{customer}/consents", consent)).EnsureSuccessStatusCode();
        var withConsent = await UploadAsync(api, healthProofOf: customer);
        var token = (await withConsent.JsonAsync()).GetProperty("token").GetString()!;
        (await api.PostJsonAsync($"/api/v1/customers/{customer}/consents/withdraw", new { purpose = PrivacyPurposes.HealthProof, channel = "app" })).EnsureSuccessStatusCode();
        var attachedAfterWithdrawal = await ReturnAsync(api, number, sku, token);
        var uploadAfterWithdrawal = await UploadAsync(api, healthProofOf: customer);
        (await api.PostJsonAsync($"/api/v1/customers/{customer}/consents", consent)).EnsureSuccessStatusCode();
        var attached = await ReturnAsync(api, number, sku, token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutCustomer.StatusCode);
        Assert.True((await withoutCustomer.JsonAsync()).GetProperty("errors").TryGetProperty("customerCode", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutConsent.StatusCode);
        Assert.Contains("PI-SENS-005", (await withoutConsent.JsonAsync()).GetProperty("errors").GetProperty("healthProof")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, plainPhoto.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withConsent.StatusCode);
        Assert.Equal(customer, await store.QueryAsync(db => db.ReturnEvidence.Where(e => e.Token == token).Select(e => e.HealthProofOf).SingleAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, attachedAfterWithdrawal.StatusCode);
        Assert.Contains("PI-SENS-005", (await attachedAfterWithdrawal.JsonAsync()).GetProperty("errors").GetProperty("evidence")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, uploadAfterWithdrawal.StatusCode);
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
    }

    [Fact]
    public async Task The_retention_sweep_clears_anonymised_customers_records_older_than_three_years_and_nothing_younger()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("户外折叠椅", 129m, stock: 5);
        var customer = await store.CreateCustomerAsync();
        var kept = await store.CreateCustomerAsync();
        // Completion times far in the past, so the sweep's cut-off touches no other test's orders.
        var completed = new DateTimeOffset(2000, 3, 1, 4, 0, 0, TimeSpan.Zero);
        var old = await CompletedOrderAsync(customer, sku, completed);
        var young = await CompletedOrderAsync(customer, sku, completed.AddDays(2));
        var notErased = await CompletedOrderAsync(kept, sku, completed);
        var compliance = await store.StaffAsync("compliance");
        var request = (await (await store.Storefront().PostJsonAsync("/api/v1/privacy/requests", new { customerCode = customer, kind = "deletion" })).JsonAsync())
            .GetProperty("number").GetString()!;
        (await compliance.PostJsonAsync($"/api/v1/privacy/requests/{request}/deletion", new { })).EnsureSuccessStatusCode();

        var sweepAt = completed.AddYears(3).AddDays(1);
        // The second run finds nothing left: the cleared order no longer names the customer.
        Assert.Equal((1, 0), (await PurgeAtAsync(sweepAt), await PurgeAtAsync(sweepAt)));

        var orders = await store.QueryAsync(db => db.Orders.AsNoTracking().Where(o => o.Number == old || o.Number == young || o.Number == notErased).ToListAsync());
        var purged = orders.Single(o => o.Number == old);
        Assert.Equal((null, null, "", "", "", "浙江省", 129m), (purged.CustomerId, purged.CustomerCode, purged.ShippingAddress!.Recipient, purged.ShippingAddress.Phone,
            purged.ShippingAddress.Line, purged.ShippingAddress.Province, purged.Total));
        var masked = orders.Single(o => o.Number == young);
        Assert.Equal((customer, "王**"), (masked.CustomerCode, masked.ShippingAddress!.Recipient));
        var untouched = orders.Single(o => o.Number == notErased);
        Assert.Equal((kept, "王小明", "13812345678"), (untouched.CustomerCode, untouched.ShippingAddress!.Recipient, untouched.ShippingAddress.Phone));
        var audit = (await (await compliance.GetAsync($"/api/v1/privacy/requests/{request}")).JsonAsync()).GetProperty("audit").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "retention-purged").ToList();
        var entry = Assert.Single(audit);
        Assert.Equal(TransactionRecordPurge.Actor, entry.GetProperty("actor").GetString());
        Assert.Contains(old, entry.GetProperty("note").GetString());
        Assert.DoesNotContain(young, entry.GetProperty("note").GetString());
    }

    private async Task<int> PurgeAtAsync(DateTimeOffset at)
    {
        await using var scope = store.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await new TransactionRecordPurge(services.GetRequiredService<CommerceDbContext>(), services.GetRequiredService<UnitOfWork>(),
            TransactionRetention.Default, new FakeTimeProvider(at)).RunAsync(CancellationToken.None);
    }

    private Task<string> CompletedOrderAsync(string customerCode, string sku, DateTimeOffset completedAt) =>
        store.QueryAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.Code == customerCode);
            var skuRow = await db.Skus.SingleAsync(s => s.Code == sku);
            var number = "RT" + Guid.NewGuid().ToString("N")[..12];
            var address = PostalAddress.Create("王小明", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 100 号");
            var order = Order.Import(number, customer.Id, customer.Code, OrderSources.Platform, Channels.Organic, OrderStatus.Delivered, PaymentMethod.QuickPay,
                Money.DefaultCurrency, address, [new OrderLineDraft(skuRow.Id, sku, "户外折叠椅", "outdoor", 1, 129m, null)], completedAt.AddDays(-7));
            order.Complete(completedAt);
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return number;
        });

    private static Task<HttpResponseMessage> ReturnAsync(HttpClient api, string number, string sku, string evidence) =>
        api.PostJsonAsync("/api/v1/returns", new
        {
            orderNumber = number, reason = "allergy", condition = "used", description = "过敏",
            lines = new[] { new { sku, quantity = 1 } }, evidence = new[] { evidence },
        });

    private static Task<HttpResponseMessage> UploadAsync(HttpClient api, string? healthProofOf)
    {
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { file, "file", "过敏.png" } };
        if (healthProofOf is not null)
        {
            form.Add(new StringContent("true"), "healthProof");
            form.Add(new StringContent(healthProofOf), "customerCode");
        }
        return api.PostAsync("/api/v1/returns/evidence", form);
    }
}

[Collection("sqlite-api")]
public sealed class SqliteSensitiveDataApiTests(SqliteApiFixture store) : SensitiveDataApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresSensitiveDataApiTests(PostgresApiFixture store) : SensitiveDataApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
