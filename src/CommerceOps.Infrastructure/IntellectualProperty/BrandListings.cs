using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>Reads the facts the brand-authorisation rule needs about listings: supplier codes of a product's SKUs, and every published branded product.</summary>
public sealed class BrandListings(CommerceDbContext db)
{
    public async Task<List<string>> SupplierCodesAsync(IReadOnlyCollection<long> skuIds, CancellationToken ct) =>
        skuIds.Count == 0
            ? []
            : await (from i in db.SupplierItems
                     join s in db.Suppliers on i.SupplierId equals s.Id
                     where skuIds.Contains(i.SkuId)
                     select s.Code).Distinct().ToListAsync(ct);

    public async Task<List<ListingFacts>> PublishedAsync(CancellationToken ct)
    {
        var products = await (from p in db.Products.AsNoTracking()
                              join c in db.Categories on p.CategoryId equals c.Id
                              where p.IsPublished && p.BrandId != null
                              orderby p.Id
                              select new { p.Id, p.Title, BrandId = p.BrandId!.Value, c.Code }).ToListAsync(ct);
        var suppliers = (await (from i in db.SupplierItems
                                join s in db.Suppliers on i.SupplierId equals s.Id
                                join k in db.Skus on i.SkuId equals k.Id
                                select new { k.ProductId, s.Code }).Distinct().ToListAsync(ct))
            .ToLookup(x => x.ProductId, x => x.Code);
        return products.Select(p => new ListingFacts(p.Id, p.Title, p.BrandId, p.Code, suppliers[p.Id].ToList())).ToList();
    }
}
