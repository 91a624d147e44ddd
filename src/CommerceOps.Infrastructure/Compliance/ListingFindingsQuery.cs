using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>A product whose current texts have advertising-law findings.</summary>
public sealed record ListingFindings(long ProductId, string Title, string CategoryCode, bool IsPublished, IReadOnlyList<AdFinding> Findings)
{
    public bool Blocked => Findings.Any(f => f.Severity == FindingSeverity.Block);
}

/// <summary>One pass of the checker over the catalog: which word-list version, when, how many products were read.</summary>
public sealed record ListingFindingsScan(int WordListVersion, DateTimeOffset ScannedAt, int ProductsScanned, TimeSpan Took, IReadOnlyList<ListingFindings> Listings);

/// <summary>
/// The findings queue of the compliance page: every product's current title, subtitle and description through the checker
/// of the current word-list version, as the publish check runs it (category key from the category code). The catalog is
/// read whole on each call: the checker scans hundreds of MB/s, so a catalog of thousands of products costs milliseconds,
/// and the answer is never stale after a word-list edit or a product change.
/// </summary>
public sealed class ListingFindingsQuery(CommerceDbContext db, WordListStore wordList, AdLawCheckers checkers, TimeProvider time)
{
    public async Task<ListingFindingsScan> ScanAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var (version, checker) = await checkers.CurrentAsync(wordList, ct);
        var products = await (from p in db.Products.AsNoTracking()
                              join c in db.Categories.AsNoTracking() on p.CategoryId equals c.Id
                              orderby p.Id
                              select new { p.Id, p.Title, p.Subtitle, p.Description, p.IsPublished, Category = c.Code }).ToListAsync(ct);
        var listings = new List<ListingFindings>();
        foreach (var p in products)
        {
            var text = new ListingText(CategoryKeys.FromCategoryCode(p.Category) ?? "",
            [
                new ListingField(ListingText.Title, p.Title),
                new ListingField(ListingText.Subtitle, p.Subtitle ?? ""),
                new ListingField(ListingText.Description, p.Description),
            ]);
            var findings = checker.Check(text, ScanContext.None);
            if (findings.Count > 0) listings.Add(new ListingFindings(p.Id, p.Title, p.Category, p.IsPublished, findings));
        }
        // Blocking ones first: they are what a reviewer must act on.
        var ordered = listings.OrderByDescending(l => l.Blocked).ThenBy(l => l.ProductId).ToList();
        return new ListingFindingsScan(version, time.GetUtcNow(), products.Count, time.GetElapsedTime(started), ordered);
    }
}
