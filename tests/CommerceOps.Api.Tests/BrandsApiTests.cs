using System.Net;
using System.Net.Http.Headers;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Alerts;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.IntellectualProperty;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Api.Tests;

/// <summary>
/// Brands and complaints over HTTP on both stores: a branded product is listed only with a valid authorisation
/// (IP-AUTH-001), expiring/expired documents alert into the inbox, designs are found by their words, and a complaint's
/// takedown delists the product. Every test works on brands, products and complaints it created (unique names).
/// </summary>
public abstract class BrandsApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static readonly byte[] Pdf = "%PDF-1.4\n% authorisation scan\n"u8.ToArray();

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    private static object NewProduct(string title, string brand, string sku, bool publish = true) => new
    {
        title,
        description = "轻量化设计，适合周末露营。",
        categoryCode = "outdoor",
        brand,
        skus = new[] { new { code = sku, specification = "标准款", price = 299m } },
        publish,
    };

    private static async Task<string> UploadAsync(HttpClient compliance)
    {
        using var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var uploaded = await compliance.PostAsync("/api/v1/brands/evidence", new MultipartFormDataContent { { file, "file", "授权书.pdf" } });
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        return (await uploaded.JsonAsync()).GetProperty("token").GetString()!;
    }

    private static async Task<long> CreateBrandAsync(HttpClient compliance, string name)
    {
        var created = await compliance.PostJsonAsync("/api/v1/brands", new { name, owner = name + "有限公司", trademarkNumber = "TM" + name, trademarkClass = 22 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetInt64();
    }

    private static Task<HttpResponseMessage> AuthoriseAsync(HttpClient compliance, long brandId, DateTimeOffset from, DateTimeOffset to, string evidence) =>
        compliance.PostJsonAsync($"/api/v1/brands/{brandId}/authorisations",
            new { documentNumber = Unique("SQ-"), partyKind = "seller", validFrom = from, validTo = to, evidence = new[] { evidence } });

    [Fact]
    public async Task A_branded_product_is_refused_without_a_valid_authorisation_and_listed_with_one()
    {
        store.RequireStore();
        var compliance = await store.StaffAsync(Roles.Compliance);
        var operations = await store.StaffAsync(Roles.Operations);
        var brand = Unique("山野");
        var brandId = await CreateBrandAsync(compliance, brand);
        var refusedSku = Unique("IPR-");
        var now = DateTimeOffset.UtcNow;

        var refused = await operations.PostJsonAsync("/api/v1/catalog/products", NewProduct($"{brand} 折叠椅", brand, refusedSku));
        var scan = await UploadAsync(compliance);
        var expired = await AuthoriseAsync(compliance, brandId, now.AddDays(-400), now.AddDays(-1), scan);
        var stillRefused = await operations.PostJsonAsync("/api/v1/catalog/products", NewProduct($"{brand} 折叠椅", brand, Unique("IPR-")));
        var valid = await AuthoriseAsync(compliance, brandId, now.AddDays(-1), now.AddDays(365), scan);
        var listed = await operations.PostJsonAsync("/api/v1/catalog/products", NewProduct($"{brand} 折叠椅", brand, Unique("IPR-")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.JsonAsync();
        Assert.Equal("IP-AUTH-001", problem.GetProperty("ruleId").GetString());
        Assert.Contains(brand, problem.GetProperty("errors").GetProperty("brand")[0].GetString());
        Assert.False(await store.QueryAsync(db => db.Skus.AnyAsync(s => s.Code == refusedSku)));
        Assert.Equal("expired", (await expired.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stillRefused.StatusCode);
        Assert.Contains("expired", (await stillRefused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("valid", (await valid.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
        Assert.True((await listed.JsonAsync()).GetProperty("published").GetBoolean());
        var library = await (await compliance.GetAsync($"/api/v1/brands/{brandId}")).JsonAsync();
        Assert.Equal(("valid", 1, 0, 2), (library.GetProperty("status").GetString(), library.GetProperty("listings").GetInt32(),
            library.GetProperty("unauthorised").GetArrayLength(), library.GetProperty("authorisations").GetArrayLength()));
    }

    [Fact]
    public async Task Publishing_an_existing_product_runs_the_same_check_and_expiring_or_expired_documents_alert()
    {
        store.RequireStore();
        var compliance = await store.StaffAsync(Roles.Compliance);
        var operations = await store.StaffAsync(Roles.Operations);
        var expiringBrand = Unique("松针");
        var expiringId = await CreateBrandAsync(compliance, expiringBrand);
        var lapsedBrand = Unique("溪石");
        var lapsedId = await CreateBrandAsync(compliance, lapsedBrand);
        var expiredId = await CreateBrandAsync(compliance, Unique("枫岭"));
        var scan = await UploadAsync(compliance);
        var now = DateTimeOffset.UtcNow;

        var draft = await (await operations.PostJsonAsync("/api/v1/catalog/products", NewProduct($"{lapsedBrand} 水壶", lapsedBrand, Unique("IPD-"), publish: false))).JsonAsync();
        var publishRefused = await operations.PostAsync($"/api/v1/catalog/products/{draft.GetProperty("id").GetInt64()}/publish", null);
        (await AuthoriseAsync(compliance, expiringId, now.AddDays(-30), now.AddDays(10), scan)).EnsureSuccessStatusCode();
        (await AuthoriseAsync(compliance, lapsedId, now.AddDays(-30), now.AddDays(20), scan)).EnsureSuccessStatusCode();
        var published = await operations.PostAsync($"/api/v1/catalog/products/{draft.GetProperty("id").GetInt64()}/publish", null);
        (await AuthoriseAsync(compliance, lapsedId, now.AddDays(-400), now.AddDays(-3), scan)).EnsureSuccessStatusCode();
        (await AuthoriseAsync(compliance, expiredId, now.AddDays(-400), now.AddDays(-3), scan)).EnsureSuccessStatusCode();
        var sweep = await compliance.PostAsync("/api/v1/brands/authorisation-check", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, publishRefused.StatusCode);
        Assert.Equal("IP-AUTH-001", (await publishRefused.JsonAsync()).GetProperty("ruleId").GetString());
        Assert.True((await published.JsonAsync()).GetProperty("published").GetBoolean());
        sweep.EnsureSuccessStatusCode();
        var alerts = await store.QueryAsync(db => db.Alerts.AsNoTracking()
            .Where(a => a.Source == BrandAuthorisationMonitor.Source && a.Status != AlertStatus.Closed)
            .Select(a => new { a.Key, a.Level }).ToListAsync());
        // The lapsed brand's seller documents include one still valid (ending in 20 days): expiring, not expired.
        Assert.Equal(AlertLevel.Yellow, alerts.Single(a => a.Key == $"{expiringId}/seller").Level);
        Assert.Equal(AlertLevel.Yellow, alerts.Single(a => a.Key == $"{lapsedId}/seller").Level);
        Assert.Equal(AlertLevel.Red, alerts.Single(a => a.Key == $"{expiredId}/seller").Level);
        Assert.Equal(HttpStatusCode.Forbidden, (await operations.PostAsync("/api/v1/brands/authorisation-check", null)).StatusCode);
    }

    [Fact]
    public async Task A_complaint_taken_down_delists_the_product_and_every_step_is_audited()
    {
        store.RequireStore();
        var compliance = await store.StaffAsync(Roles.Compliance);
        var operations = await store.StaffAsync(Roles.Operations);
        var brand = Unique("竹影");
        var brandId = await CreateBrandAsync(compliance, brand);
        var scan = await UploadAsync(compliance);
        (await AuthoriseAsync(compliance, brandId, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(200), scan)).EnsureSuccessStatusCode();
        var product = await (await operations.PostJsonAsync("/api/v1/catalog/products", NewProduct($"{brand} 帐篷", brand, Unique("IPC-")))).JsonAsync();
        var productId = product.GetProperty("id").GetInt64();

        var received = await compliance.PostJsonAsync("/api/v1/ip-complaints", new
        {
            complainant = brand + "有限公司", productId, right = "brand", rightReference = brand, description = "仿冒商标", evidence = new[] { scan },
        });
        var number = (await received.JsonAsync()).GetProperty("number").GetString();
        var byOperations = await operations.PostJsonAsync($"/api/v1/ip-complaints/{number}/takedown", new { reason = "证据充分" });
        var noReason = await compliance.PostJsonAsync($"/api/v1/ip-complaints/{number}/takedown", new { reason = "" });
        var takenDown = await (await compliance.PostJsonAsync($"/api/v1/ip-complaints/{number}/takedown", new { reason = "权利人证据充分" })).JsonAsync();
        var listing = await (await operations.GetAsync($"/api/v1/catalog/products/{productId}")).JsonAsync();
        var keepAfter = await compliance.PostJsonAsync($"/api/v1/ip-complaints/{number}/keep", new { reason = "改判" });
        var closed = await (await compliance.PostJsonAsync($"/api/v1/ip-complaints/{number}/close", new { reason = "已通知卖家" })).JsonAsync();
        var unknownRight = await compliance.PostJsonAsync("/api/v1/ip-complaints", new
        {
            complainant = "x", productId, right = "design", rightReference = Unique("DSN-"), description = "d", evidence = new[] { scan },
        });

        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOperations.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("taken_down", takenDown.GetProperty("status").GetString());
        Assert.False(listing.GetProperty("published").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, keepAfter.StatusCode);
        Assert.Equal(("closed", "taken_down", "权利人证据充分"), (closed.GetProperty("status").GetString(),
            closed.GetProperty("decision").GetString(), closed.GetProperty("decisionReason").GetString()));
        Assert.Equal([("received", "compliance@test.local"), ("taken_down", "compliance@test.local"), ("closed", "compliance@test.local")],
            closed.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("to").GetString(), h.GetProperty("by").GetString())).ToList());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownRight.StatusCode);
        Assert.True((await unknownRight.JsonAsync()).GetProperty("errors").TryGetProperty("rightReference", out _));
    }

    [Fact]
    public async Task Original_designs_are_registered_with_the_date_and_found_by_their_words()
    {
        store.RequireStore();
        var compliance = await store.StaffAsync(Roles.Compliance);
        var word = Unique("云纹");
        var scan = await UploadAsync(compliance);
        var before = DateTimeOffset.UtcNow;

        var created = await compliance.PostJsonAsync("/api/v1/designs", new { title = $"{word} 印花", owner = "本店设计部", description = "手绘图案", evidence = new[] { scan } });
        var found = await (await compliance.GetAsync($"/api/v1/designs?q={Uri.EscapeDataString(word)}")).JsonAsync();
        var unknownEvidence = await compliance.PostJsonAsync("/api/v1/designs", new { title = "x", owner = "y", evidence = new[] { "ev_nope" } });
        var bytes = await (await compliance.GetAsync($"/api/v1/brands/evidence/{scan}")).Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var design = await created.JsonAsync();
        Assert.True(design.GetProperty("registeredAt").GetDateTimeOffset() >= before);
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(design.GetProperty("code").GetString(), found.GetProperty("items")[0].GetProperty("code").GetString());
        Assert.True((await unknownEvidence.JsonAsync()).GetProperty("errors").TryGetProperty("evidence", out _));
        Assert.Equal(Pdf, bytes);
    }
}

[Collection("sqlite-api")]
public sealed class SqliteBrandsApiTests(SqliteApiFixture store) : BrandsApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresBrandsApiTests(PostgresApiFixture store) : BrandsApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
