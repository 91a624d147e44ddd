using System.Net;
using System.Net.Http.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Customers;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Api.Tests;

/// <summary>Personal information (SPEC.md §D) over HTTP on both stores: purposes, separate consent, data-subject requests.</summary>
public abstract class PrivacyApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task Biometric_quick_pay_needs_a_separate_consent_and_a_withdrawal_stops_it_at_once()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("速干T恤", 79m, stock: 5);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();

        var bundled = await api.PostJsonAsync($"/api/v1/customers/{customer}/consents", new { purpose = "biometric_payment", channel = "app" });
        var first = await PlaceAsync(api, customer, sku);
        var withoutConsent = await api.PostJsonAsync($"/api/v1/orders/{first}/payments", new { token = "tok_ok_bio", verification = "biometric" });
        (await api.PostJsonAsync($"/api/v1/customers/{customer}/consents", new { purpose = "biometric_payment", channel = "app", separate = true })).EnsureSuccessStatusCode();
        var withConsent = await api.PostJsonAsync($"/api/v1/orders/{first}/payments", new { token = "tok_ok_bio", verification = "biometric" });
        (await api.PostJsonAsync($"/api/v1/customers/{customer}/consents/withdraw", new { purpose = "biometric_payment", channel = "app" })).EnsureSuccessStatusCode();
        var second = await PlaceAsync(api, customer, sku);
        var afterWithdrawal = await api.PostJsonAsync($"/api/v1/orders/{second}/payments", new { token = "tok_ok_bio2", verification = "biometric" });
        var byPassword = await api.PostJsonAsync($"/api/v1/orders/{second}/payments", new { token = "tok_ok_pw2", verification = "password" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bundled.StatusCode);
        Assert.Contains("PI-SENS-005", (await bundled.JsonAsync()).GetProperty("errors").GetProperty("separate")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutConsent.StatusCode);
        Assert.Contains("PI-SENS-005", (await withoutConsent.JsonAsync()).GetProperty("errors").GetProperty("verification")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, withConsent.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, afterWithdrawal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byPassword.StatusCode);
    }

    [Fact]
    public async Task Compliance_manages_the_purpose_catalogue_and_consent_stats_count_per_purpose_and_channel()
    {
        store.RequireStore();
        var purpose = "t_" + Guid.NewGuid().ToString("N")[..10];
        var compliance = await store.StaffAsync("compliance");
        var api = store.Storefront();

        var unknown = await api.PostJsonAsync($"/api/v1/customers/{await store.CreateCustomerAsync()}/consents", new { purpose, channel = "sms" });
        var byMarketing = await (await store.StaffAsync("marketing")).PutAsJsonAsync($"/api/v1/privacy/purposes/{purpose}",
            new { description = "x", legalBasis = "consent", retention = "until withdrawn" });
        var sensitiveOnContract = await compliance.PutAsJsonAsync($"/api/v1/privacy/purposes/{purpose}",
            new { description = "会员生日礼", sensitive = true, legalBasis = "contract_necessity", retention = "until withdrawn" });
        var created = await compliance.PutAsJsonAsync($"/api/v1/privacy/purposes/{purpose}",
            new { description = "会员生日礼 / Birthday gift", legalBasis = "consent", retention = "until withdrawn" });
        string[] customers = [await store.CreateCustomerAsync(), await store.CreateCustomerAsync(), await store.CreateCustomerAsync()];
        foreach (var c in customers) (await api.PostJsonAsync($"/api/v1/customers/{c}/consents", new { purpose, channel = "sms" })).EnsureSuccessStatusCode();
        (await api.PostJsonAsync($"/api/v1/customers/{customers[0]}/consents", new { purpose, channel = "email" })).EnsureSuccessStatusCode();
        (await api.PostJsonAsync($"/api/v1/customers/{customers[1]}/consents/withdraw", new { purpose, channel = "sms" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("PI-CONSENT-001", (await unknown.JsonAsync()).GetProperty("errors").GetProperty("purpose")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byMarketing.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sensitiveOnContract.StatusCode);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var purposes = await (await compliance.GetAsync("/api/v1/privacy/purposes")).JsonAsync();
        Assert.Contains(purposes.EnumerateArray(), p => p.GetProperty("code").GetString() == "biometric_payment" && p.GetProperty("sensitive").GetBoolean());
        Assert.Contains(purposes.EnumerateArray(), p => p.GetProperty("code").GetString() == purpose);
        var stats = (await (await compliance.GetAsync("/api/v1/privacy/consent-stats")).JsonAsync()).EnumerateArray()
            .Where(s => s.GetProperty("purpose").GetString() == purpose)
            .Select(s => (s.GetProperty("channel").GetString(), s.GetProperty("active").GetInt32(), s.GetProperty("withdrawn").GetInt32())).ToList();
        Assert.Equal([("email", 1, 0), ("sms", 2, 1)], stats);
    }

    [Fact]
    public async Task An_export_request_returns_the_customers_rows_as_json_and_csv_and_is_completed_with_its_audit()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("登山杖", 88m, stock: 5);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        (await api.PostJsonAsync($"/api/v1/customers/{customer}/consents", new { purpose = "marketing", channel = "sms", source = "signup" })).EnsureSuccessStatusCode();
        var order = await PlaceAsync(api, customer, sku);
        var otherOrder = await PlaceAsync(api, await store.CreateCustomerAsync(), sku);

        var received = await api.PostJsonAsync("/api/v1/privacy/requests", new { customerCode = customer, kind = "export" });
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var request = await received.JsonAsync();
        var number = request.GetProperty("number").GetString()!;
        Assert.True(request.GetProperty("dueAt").GetDateTimeOffset() >= request.GetProperty("receivedAt").GetDateTimeOffset().AddDays(19));
        var service = await store.StaffAsync("service");
        var json = await (await service.GetAsync($"/api/v1/privacy/requests/{number}/export")).JsonAsync();
        var csvResponse = await service.GetAsync($"/api/v1/privacy/requests/{number}/export?format=csv");
        var csv = await csvResponse.Content.ReadAsStringAsync();
        var after = await (await service.GetAsync($"/api/v1/privacy/requests/{number}")).JsonAsync();

        Assert.Equal(customer, json.GetProperty("customer").GetProperty("code").GetString());
        Assert.Equal("13812345678", json.GetProperty("customer").GetProperty("phone").GetString());
        Assert.Equal([order], json.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("number").GetString()).ToArray());
        Assert.Equal(sku, json.GetProperty("orderLines")[0].GetProperty("sku").GetString());
        Assert.Equal(("marketing", "sms"), (json.GetProperty("consents")[0].GetProperty("purpose").GetString(), json.GetProperty("consents")[0].GetProperty("channel").GetString()));
        Assert.Equal("文三路 100 号", json.GetProperty("addresses")[0].GetProperty("line").GetString());
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(CustomerDataCsv.Header, csv.TrimStart('\uFEFF'));
        Assert.Contains($"orders,1,number,{order}", csv);
        Assert.DoesNotContain(otherOrder, csv);
        Assert.Equal("completed", after.GetProperty("status").GetString());
        Assert.Equal(["received", "completed", "exported"], after.GetProperty("audit").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToArray());
    }

    [Fact]
    public async Task A_deletion_request_anonymises_the_customer_and_keeps_the_orders_with_masked_personal_fields()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("防潮垫", 45.5m, stock: 5);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        (await api.PostJsonAsync($"/api/v1/customers/{customer}/consents", new { purpose = "marketing", channel = "sms" })).EnsureSuccessStatusCode();
        var order = await PlaceAsync(api, customer, sku);
        var number = (await (await api.PostJsonAsync("/api/v1/privacy/requests", new { customerCode = customer, kind = "deletion", details = "注销账号" })).JsonAsync())
            .GetProperty("number").GetString()!;

        var byService = await (await store.StaffAsync("service")).PostJsonAsync($"/api/v1/privacy/requests/{number}/deletion", new { });
        var done = await (await store.StaffAsync("compliance")).PostJsonAsync($"/api/v1/privacy/requests/{number}/deletion", new { });

        Assert.Equal(HttpStatusCode.Forbidden, byService.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("completed", (await done.JsonAsync()).GetProperty("status").GetString());
        var (c, o) = await store.QueryAsync(async db => (
            await db.Customers.AsNoTracking().Include(x => x.Addresses).Include(x => x.Consents).AsSplitQuery().SingleAsync(x => x.Code == customer),
            await db.Orders.AsNoTracking().Include(x => x.Lines).SingleAsync(x => x.Number == order)));
        Assert.Equal((Customer.AnonymisedName, null, 0), (c.Name, c.Phone, c.Addresses.Count));
        Assert.All(c.Consents, x => Assert.NotNull(x.WithdrawnAt));
        Assert.NotNull(c.AnonymisedAt);
        Assert.Equal((45.5m, sku, "王**", "138****5678", "文三路***", "浙江省", ""),
            (o.Total, o.Lines[0].SkuCode, o.ShippingAddress!.Recipient, o.ShippingAddress.Phone, o.ShippingAddress.Line, o.ShippingAddress.Province, o.Remarks));
        var again = await (await store.StaffAsync("compliance")).PostJsonAsync($"/api/v1/privacy/requests/{number}/deletion", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_overdue_request_raises_a_red_alert_that_a_refusal_with_a_reason_resolves()
    {
        store.RequireStore();
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var request = await (await api.PostJsonAsync("/api/v1/privacy/requests", new { customerCode = customer, kind = "correction" })).JsonAsync();
        var number = request.GetProperty("number").GetString()!;
        var dueAt = request.GetProperty("dueAt").GetDateTimeOffset();

        await SweepAtAsync(dueAt.AddMinutes(-1));
        Assert.Equal(0, await store.QueryAsync(db => db.Alerts.CountAsync(a => a.Source == PrivacyRequestMonitor.Source && a.Key == number)));
        await SweepAtAsync(dueAt.AddMinutes(1));
        var alert = await store.QueryAsync(db => db.Alerts.AsNoTracking().SingleAsync(a => a.Source == PrivacyRequestMonitor.Source && a.Key == number));
        Assert.Equal((AlertLevel.Red, AlertStatus.Open), (alert.Level, alert.Status));

        var compliance = await store.StaffAsync("compliance");
        var noReason = await compliance.PostJsonAsync($"/api/v1/privacy/requests/{number}/refusal", new { reason = "" });
        var refused = await compliance.PostJsonAsync($"/api/v1/privacy/requests/{number}/refusal", new { reason = "无法核实申请人身份 / identity not verified" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("refused", (await refused.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(AlertStatus.Closed, await store.QueryAsync(db => db.Alerts.AsNoTracking().Where(a => a.Source == PrivacyRequestMonitor.Source && a.Key == number).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_correction_changes_the_contact_details_and_the_non_personalised_option_is_stored()
    {
        store.RequireStore();
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var number = (await (await api.PostJsonAsync("/api/v1/privacy/requests", new { customerCode = customer, kind = "correction", details = "手机号换了" })).JsonAsync())
            .GetProperty("number").GetString()!;

        var corrected = await (await store.StaffAsync("service")).PostJsonAsync($"/api/v1/privacy/requests/{number}/correction", new { phone = "13900001111" });
        var optedOut = await api.PutAsJsonAsync($"/api/v1/customers/{customer}/personalisation", new { nonPersonalised = true });

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Contains("phone", (await corrected.JsonAsync()).GetProperty("audit")[1].GetProperty("note").GetString());
        Assert.True((await optedOut.JsonAsync()).GetProperty("nonPersonalised").GetBoolean());
        var stored = await store.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Code == customer));
        Assert.Equal(("13900001111", true), (stored.Phone, stored.NonPersonalised));
    }

    private static async Task<string> PlaceAsync(HttpClient api, string customer, string sku)
    {
        var placed = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (await placed.JsonAsync()).GetProperty("number").GetString()!;
    }

    private async Task SweepAtAsync(DateTimeOffset at)
    {
        await using var scope = store.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var time = new FakeTimeProvider(at);
        var db = services.GetRequiredService<CommerceDbContext>();
        await new PrivacyRequestMonitor(db, services.GetRequiredService<UnitOfWork>(), new AlertInbox(db, time), time).SweepAsync(CancellationToken.None);
    }
}

[Collection("sqlite-api")]
public sealed class SqlitePrivacyApiTests(SqliteApiFixture store) : PrivacyApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresPrivacyApiTests(PostgresApiFixture store) : PrivacyApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
