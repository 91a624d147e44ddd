using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>
/// Every brand's standing at a moment: the status of each authorisation, the brand's best status, and the published
/// listings that no authorisation valid at that moment covers (the ones to report when a document lapses). The catalog
/// is thousands of products, not millions, so the rule runs in memory over one read of each table.
/// </summary>
public sealed class BrandStandingQuery(CommerceDbContext db, BrandListings listings, BrandRightsSettings settings)
{
    public async Task<List<BrandStanding>> RunAsync(DateTimeOffset at, CancellationToken ct)
    {
        var brands = await db.Brands.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
        var authorisations = (await db.BrandAuthorisations.AsNoTracking().ToListAsync(ct)).ToLookup(a => a.BrandId);
        var published = (await listings.PublishedAsync(ct)).ToLookup(l => l.BrandId);
        return brands.Select(brand =>
        {
            var documents = authorisations[brand.Id].OrderBy(a => a.ValidTo).ToList();
            var ofBrand = published[brand.Id].ToList();
            var unauthorised = ofBrand.Where(l => ListingAuthorisation.Find(documents, l.SupplierCodes, l.CategoryCode, at) is null).ToList();
            return new BrandStanding(brand, ListingAuthorisation.BrandStatus(documents, at, settings.Warning),
                documents.Select(d => new AuthorisationStanding(d, d.StatusAt(at, settings.Warning))).ToList(), ofBrand.Count, unauthorised);
        }).ToList();
    }
}
