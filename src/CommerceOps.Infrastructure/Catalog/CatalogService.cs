using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Catalog;

/// <summary>Catalog reads for storefronts: search (recorded with its result count for demand mining) and product detail.</summary>
public sealed class CatalogService(CommerceDbContext db, ProductSearchIndex index, AnalyticsStore analytics, TimeProvider time)
{
    public async Task<(List<Product> Items, int Total)> SearchAsync(string? text, string? categoryCode, int page, int pageSize, SearchContext context, CancellationToken ct)
    {
        var skip = (page - 1) * pageSize;
        var products = db.Products.AsNoTracking().Include(p => p.Skus).Where(p => p.IsPublished);
        if (!string.IsNullOrWhiteSpace(categoryCode))
        {
            var categoryIds = await db.Categories.Where(c => c.Code == categoryCode || c.Code.StartsWith(categoryCode + "."))
                .Select(c => c.Id).ToListAsync(ct);
            products = products.Where(p => categoryIds.Contains(p.CategoryId));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            var total = await products.CountAsync(ct);
            var items = await products.OrderBy(p => p.Id).Skip(skip).Take(pageSize).ToListAsync(ct);
            return (items, total);
        }

        // The index ranks; the store filters (category, published) and supplies the rows. Over-fetch so filters rarely starve a page.
        var (ids, hits) = index.Search(text, 0, Math.Min(1000, skip + pageSize * 5));
        var matched = await products.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var ordered = ids.Join(matched, id => id, p => p.Id, (_, p) => p).ToList();
        var count = string.IsNullOrWhiteSpace(categoryCode) ? hits : ordered.Count;
        await RecordSearchAsync(text.Trim(), count, await WithoutProfileIfOptedOutAsync(context, ct), ct);
        return (ordered.Skip(skip).Take(pageSize).ToList(), count);
    }

    /// <summary>
    /// PI-ADM-007: a customer who chose non-personalised search gets the neutral ranking (the index ranks by text only,
    /// never by profile) and their searches are not added to their profile: the event is recorded without the customer.
    /// </summary>
    private async Task<SearchContext> WithoutProfileIfOptedOutAsync(SearchContext context, CancellationToken ct) =>
        context.CustomerCode is { } code && await db.Customers.AnyAsync(c => c.Code == code && c.NonPersonalised, ct)
            ? context with { CustomerCode = null }
            : context;

    public Task<Product?> FindAsync(long id, CancellationToken ct) =>
        db.Products.AsNoTracking().Include(p => p.Skus).SingleOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Rebuilds the in-memory search index from the published catalog.</summary>
    public async Task RebuildIndexAsync(CancellationToken ct)
    {
        var rows = await (from p in db.Products.AsNoTracking()
                          join c in db.Categories on p.CategoryId equals c.Id
                          join b in db.Brands on p.BrandId equals b.Id into brands
                          from b in brands.DefaultIfEmpty()
                          where p.IsPublished
                          select new { Product = p, Category = c.Name + " " + c.NameEn, Brand = b == null ? null : b.Name }).ToListAsync(ct);
        index.Upsert(rows.Select(row => ToDocument(row.Product, row.Category, row.Brand)));
    }

    public static ProductSearchDocument ToDocument(Product p, string category, string? brand) =>
        new(p.Id, p.Title, p.Subtitle, brand, category, string.Join(' ', p.Attributes.Values.Concat(p.Ingredients)), p.Description);

    private Task RecordSearchAsync(string text, int resultCount, SearchContext context, CancellationToken ct) =>
        analytics.AppendBehaviourEventsAsync(
        [
            new BehaviourEvent(Guid.CreateVersion7(), time.GetUtcNow(), BehaviourEventTypes.Search,
                context.SessionId ?? "api", context.CustomerCode, context.CustomerCode is null ? "api" : null,
                context.Channel ?? Channels.Organic, null, null, null, null, null, null,
                new Dictionary<string, string>
                {
                    ["query"] = text,
                    ["result_count"] = resultCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }),
        ], ct);
}

/// <summary>Who searched, when the storefront says so; used to attribute recorded search terms.</summary>
public sealed record SearchContext(string? SessionId, string? CustomerCode, string? Channel);
