using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>
/// The brand-authorisation check run wherever a product becomes sellable (create-and-publish, publish): refuses with
/// <see cref="BrandNotAuthorisedException"/> (rule <see cref="IpRuleIds.BrandAuthorisation"/>) unless an authorisation of
/// its brand is valid now for the store or a supplier of its SKUs and covers its category.
/// </summary>
public sealed class ListingRights(CommerceDbContext db, BrandListings listings, TimeProvider time)
{
    public async Task EnsureAuthorisedAsync(Product product, string categoryCode, CancellationToken ct)
    {
        if (product.BrandId is not { } brandId) return;
        var brand = await db.Brands.AsNoTracking().SingleAsync(b => b.Id == brandId, ct);
        var authorisations = await db.BrandAuthorisations.AsNoTracking().Where(a => a.BrandId == brandId).ToListAsync(ct);
        var suppliers = await listings.SupplierCodesAsync([.. product.Skus.Select(s => s.Id).Where(id => id != 0)], ct);
        ListingAuthorisation.Require(brand.Name, authorisations, suppliers, categoryCode, time.GetUtcNow());
    }
}
