using System.Net;
using CommerceOps.Api.Tests.Support;

namespace CommerceOps.Api.Tests;

/// <summary>/api/v1/kb: service staff write articles and past cases; search ranks by BM25 and usefulness; ratings are counted.</summary>
public abstract class KnowledgeBaseApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task Articles_are_found_by_Chinese_search_and_ratings_re_rank_them()
    {
        store.RequireStore();
        var service = await store.StaffAsync("service");
        var marker = "榴莲" + Guid.NewGuid().ToString("N")[..6];
        async Task<long> AddAsync(string kind) =>
            (await (await service.PostJsonAsync("/api/v1/kb/articles", new
            {
                kind, title = $"{marker} 冷链包裹融化", problem = $"{marker} 冷链包裹到货时冰袋融化", solution = "拍照后补发或全额退款", tags = new[] { "冷链" },
            })).JsonAsync()).GetProperty("id").GetInt64();
        var first = await AddAsync("article");
        var second = await AddAsync("article");
        var pastCase = await AddAsync("resolved_ticket");

        for (var i = 0; i < 3; i++)
            (await store.Storefront().PostJsonAsync($"/api/v1/kb/articles/{second}/ratings", new { helpful = true })).EnsureSuccessStatusCode();
        (await service.PostJsonAsync($"/api/v1/kb/articles/{first}/ratings", new { helpful = false })).EnsureSuccessStatusCode();
        var search = await (await service.GetAsync($"/api/v1/kb/search?q={Uri.EscapeDataString(marker + " 冰袋融化了")}&kind=article")).JsonAsync();
        var similar = await (await service.PostJsonAsync("/api/v1/kb/similar-cases", new { subject = $"{marker} 冰袋化了", description = "顾客收到冷链包裹" })).JsonAsync();

        var ids = search.EnumerateArray().Select(h => h.GetProperty("article").GetProperty("id").GetInt64()).ToList();
        Assert.Equal([second, first], ids);
        Assert.Equal(3, search[0].GetProperty("article").GetProperty("helpfulVotes").GetInt32());
        Assert.Equal([pastCase], similar.EnumerateArray().Select(h => h.GetProperty("article").GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Bad_requests_name_the_field_and_roles_are_enforced()
    {
        store.RequireStore();
        var service = await store.StaffAsync("service");

        var noSolution = await service.PostJsonAsync("/api/v1/kb/articles", new { kind = "article", title = "t", problem = "p" });
        var badKind = await service.GetAsync("/api/v1/kb/search?q=x&kind=faq");
        var missing = await service.PostJsonAsync("/api/v1/kb/articles/987654321/ratings", new { helpful = true });
        var storefrontWrites = await store.Storefront().PostJsonAsync("/api/v1/kb/articles", new { kind = "article", title = "t", problem = "p", solution = "s" });

        Assert.True((await noSolution.JsonAsync()).GetProperty("errors").TryGetProperty("solution", out _));
        Assert.True((await badKind.JsonAsync()).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, storefrontWrites.StatusCode);
    }
}

[Collection("sqlite-api")]
public sealed class SqliteKnowledgeBaseApiTests(SqliteApiFixture store) : KnowledgeBaseApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresKnowledgeBaseApiTests(PostgresApiFixture store) : KnowledgeBaseApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
