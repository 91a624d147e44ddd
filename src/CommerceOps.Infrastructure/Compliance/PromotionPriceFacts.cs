using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>
/// Loads what the price rules need about the SKUs in a promotion's scope: list-price history and the unit prices paid
/// (line total after promotions ÷ quantity) on paid orders of the 7 days before the start, or the last sale before them.
/// </summary>
public sealed class PromotionPriceFacts(CommerceDbContext db)
{
    public async Task<IReadOnlyList<SkuPriceFacts>> LoadAsync(PromotionRules rules, DateTimeOffset start, CancellationToken ct)
    {
        var skus = await ScopeAsync(rules.Scope ?? PromotionScope.Everything, ct);
        if (skus.Count == 0) return [];
        var ids = skus.Keys.ToList();
        var history = (await db.PriceChanges.AsNoTracking().Where(c => ids.Contains(c.SkuId))
                .Select(c => new { c.SkuId, c.ChangedAt, c.NewPrice }).ToListAsync(ct))
            .ToLookup(c => c.SkuId, c => new ListPrice(c.ChangedAt, c.NewPrice));

        var windowStart = start - ReferencePriceRule.Window;
        var sales = (await Sales(ids, windowStart, start).ToListAsync(ct)).ToLookup(s => s.SkuId);
        var facts = new List<SkuPriceFacts>(skus.Count);
        foreach (var (id, code) in skus)
        {
            var transactions = sales[id].Select(s => s.ToTransaction()).ToList();
            // No sale in the window: the baseline is the last transaction price (one indexed query per such SKU).
            if (transactions.Count == 0
                && await Sales([id], DateTimeOffset.UnixEpoch, windowStart).FirstOrDefaultAsync(ct) is { } last)
                transactions.Add(last.ToTransaction());
            facts.Add(new SkuPriceFacts(code, history[id].OrderBy(h => h.From).ToList(), transactions));
        }
        return facts;
    }

    /// <summary>Sales paid in [<paramref name="paidFrom"/>, <paramref name="paidTo"/>), latest first.</summary>
    private IQueryable<Sale> Sales(List<long> skuIds, DateTimeOffset paidFrom, DateTimeOffset paidTo) =>
        from line in db.OrderLines
        join order in db.Orders on line.OrderId equals order.Id
        where skuIds.Contains(line.SkuId) && line.Quantity > 0 && order.PaidAt >= paidFrom && order.PaidAt < paidTo
              && order.Status != OrderStatus.Cancelled && order.Status != OrderStatus.Refunded
        orderby order.PaidAt descending
        select new Sale(line.SkuId, order.PaidAt!.Value, line.UnitPrice, line.Quantity, line.Discount);

    /// <summary>The SKUs a promotion looks at (id → code), with the engine's matching: exact codes, category codes and brand names.</summary>
    private async Task<Dictionary<long, string>> ScopeAsync(PromotionScope scope, CancellationToken ct)
    {
        var skus = db.Skus.AsNoTracking();
        if (scope.Skus is { Count: > 0 })
        {
            var codes = scope.Skus.ToList();
            skus = skus.Where(s => codes.Contains(s.Code));
        }
        var catalog = await (from s in skus
                             join p in db.Products on s.ProductId equals p.Id
                             join c in db.Categories on p.CategoryId equals c.Id
                             select new { s.Id, s.Code, Category = c.Code, Brand = db.Brands.Where(b => b.Id == p.BrandId).Select(b => b.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return catalog
            .Where(s => Includes(scope.Categories, scope.ExcludedCategories, s.Category) && Includes(scope.Brands, scope.ExcludedBrands, s.Brand)
                        && !(scope.ExcludedSkus ?? []).Contains(s.Code))
            .ToDictionary(s => s.Id, s => s.Code);
    }

    private static bool Includes(IReadOnlyList<string>? include, IReadOnlyList<string>? exclude, string? value) =>
        (include is not { Count: > 0 } || (value is not null && include.Contains(value))) && (value is null || exclude is null || !exclude.Contains(value));

    private sealed record Sale(long SkuId, DateTimeOffset PaidAt, decimal UnitPrice, int Quantity, decimal Discount)
    {
        public Transaction ToTransaction() => new(PaidAt, decimal.Round((UnitPrice * Quantity - Discount) / Quantity, 2));
    }
}
