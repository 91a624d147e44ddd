using System.Net;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Api.Tests;

/// <summary>The word list is versioned and edited only by the compliance role; a listing with a BLOCK finding is not published.</summary>
public abstract class ComplianceApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static object NewProduct(string title, string description) => new
    {
        title,
        description,
        categoryCode = "outdoor",
        skus = new[] { new { code = "CMP-" + Guid.NewGuid().ToString("N")[..10], specification = "标准款", price = 199m } },
        publish = true,
    };

    [Fact]
    public async Task Publishing_a_listing_with_a_block_finding_is_refused_with_the_findings_and_writes_nothing()
    {
        store.RequireStore();
        var operations = await store.StaffAsync(Roles.Operations);
        var before = await store.QueryAsync(db => db.Products.CountAsync());

        var response = await operations.PostJsonAsync("/api/v1/catalog/products", NewProduct("帐篷 國家級 品质", "全网最低价，防雨面料"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var findings = (await response.JsonAsync()).GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("field").GetString(), f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32(),
                f.GetProperty("matched").GetString(), f.GetProperty("ruleId").GetString(), f.GetProperty("severity").GetString()))
            .ToArray();
        Assert.Equal([("title", 3, 3, "國家級", "AD-ABS-001", "BLOCK"), ("description", 0, 5, "全网最低价", "AD-ABS-001", "BLOCK")], findings);
        Assert.Equal(before, await store.QueryAsync(db => db.Products.CountAsync()));
    }

    [Fact]
    public async Task A_listing_with_only_warnings_is_published()
    {
        store.RequireStore();
        var operations = await store.StaffAsync(Roles.Operations);

        var response = await operations.PostJsonAsync("/api/v1/catalog/products", NewProduct("双人帐篷 限时抢购", "防雨面料，含收纳袋"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("published").GetBoolean());
    }

    [Fact]
    public async Task The_compliance_role_publishes_a_new_version_that_the_checker_uses_at_once()
    {
        store.RequireStore();
        var compliance = await store.StaffAsync(Roles.Compliance);
        var current = await (await compliance.GetAsync("/api/v1/compliance/word-list")).JsonAsync();
        var version = current.GetProperty("version").GetInt32();
        var terms = current.GetProperty("terms").EnumerateArray()
            .Select(t => new { term = t.GetProperty("term").GetString(), kind = t.GetProperty("kind").GetString(), categories = t.GetProperty("categories") })
            .Cast<object>().Append(new { term = "宇宙无敌", kind = "absolute_core", categories = Array.Empty<string>() }).ToList();

        var published = await compliance.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/compliance/word-list")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { basedOn = version, note = "宇宙无敌", terms }),
        });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(version + 1, (await published.JsonAsync()).GetProperty("version").GetInt32());

        var scan = await (await compliance.PostJsonAsync("/api/v1/compliance/scan", new { category = "outdoor", title = "宇宙 无敌帐篷" })).JsonAsync();
        Assert.Equal(version + 1, scan.GetProperty("wordListVersion").GetInt32());
        Assert.True(scan.GetProperty("blocked").GetBoolean());
        Assert.Equal("宇宙 无敌", scan.GetProperty("findings")[0].GetProperty("matched").GetString());

        var stale = await compliance.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/compliance/word-list")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { basedOn = version, terms }),
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var versions = (await (await compliance.GetAsync("/api/v1/compliance/word-list/versions")).JsonAsync()).EnumerateArray()
            .Select(v => v.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(version + 1, versions[0]);
        Assert.Contains(0, versions);
    }

    [Fact]
    public async Task Only_the_compliance_role_edits_and_a_bad_term_names_its_field()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync(Roles.Marketing);
        var compliance = await store.StaffAsync(Roles.Compliance);
        var body = new { basedOn = 0, terms = new[] { new { term = "最最", kind = "loud", categories = Array.Empty<string>() } } };

        Assert.Equal(HttpStatusCode.OK, (await marketing.GetAsync("/api/v1/compliance/word-list")).StatusCode);
        var forbidden = await marketing.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/compliance/word-list") { Content = System.Net.Http.Json.JsonContent.Create(body) });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var refused = await compliance.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/compliance/word-list") { Content = System.Net.Http.Json.JsonContent.Create(body) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("terms[0].kind", out _));
    }
}

[Collection("sqlite-api")]
public sealed class SqliteComplianceApiTests(SqliteApiFixture store) : ComplianceApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresComplianceApiTests(PostgresApiFixture store) : ComplianceApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
