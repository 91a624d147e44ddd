using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Marketing.Coupons;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// Feeds the pure promotion engine from the store: catalog prices, the buyer (tier, first order), what the buyer
/// and each promotion have used so far, and the cached active set. Used by checkout and the pricing preview.
/// </summary>
public sealed class CartPricer(CommerceDbContext db, ActivePromotions active, PresentedCoupons coupons, TimeProvider time)
{
    // Checkout prices every order with these reads: compiled, they skip EF's per-call query-cache lookup.
    private static readonly CompiledPerProvider<Func<CommerceDbContext, long, CancellationToken, Task<bool>>> HasOrdered = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, long customerId, CancellationToken ct) => db.Orders.Any(o => o.CustomerId == customerId)));

    // The buyer's uses and every promotion's spending in one statement (one round trip on PostgreSQL instead of two).
    private static readonly CompiledPerProvider<Func<CommerceDbContext, long, List<long>, IAsyncEnumerable<UsageRow>>> Usage = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, long customerId, List<long> ids) =>
            db.PromotionCounters.Where(c => ids.Contains(c.PromotionId))
                .Select(c => new UsageRow { PromotionId = c.PromotionId, IsSpending = true, SpentFen = c.SpentFen, Uses = 0 })
                .Concat(db.PromotionCustomerUses.Where(u => u.CustomerId == customerId && ids.Contains(u.PromotionId))
                    .Select(u => new UsageRow { PromotionId = u.PromotionId, IsSpending = false, SpentFen = 0, Uses = u.Uses }))));

    /// <summary>A promotion's spending, or the buyer's uses of it.</summary>
    private sealed class UsageRow
    {
        public long PromotionId { get; init; }
        public bool IsSpending { get; init; }
        public long SpentFen { get; init; }
        public int Uses { get; init; }
    }

    public ValueTask<PromotionSet> ActiveSetAsync(CancellationToken ct) => active.GetAsync(ct);

    /// <summary>Lines at today's catalog prices; unknown or unpublished SKUs are refused with the line's field key.</summary>
    public async Task<List<PricingLine>> CatalogLinesAsync(IReadOnlyList<RequestedLine> lines, CancellationToken ct)
    {
        var codes = lines.Select(l => l.Sku).Distinct().ToList();
        var found = await (from s in db.Skus
                           join p in db.Products on s.ProductId equals p.Id
                           join c in db.Categories on p.CategoryId equals c.Id
                           where codes.Contains(s.Code) && p.IsPublished
                           select new { s.Code, s.Price, Category = c.Code, Brand = db.Brands.Where(b => b.Id == p.BrandId).Select(b => b.Name).FirstOrDefault() })
            .ToDictionaryAsync(x => x.Code, ct);
        var priced = new List<PricingLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!found.TryGetValue(lines[i].Sku, out var sku))
                throw new NotFoundException($"SKU '{lines[i].Sku}' does not exist or is not for sale.", $"lines[{i}].sku");
            priced.Add(new PricingLine(sku.Code, sku.Category, sku.Brand, lines[i].Quantity, sku.Price));
        }
        return priced;
    }

    /// <summary>
    /// The pricing request for a buyer (null: anonymous preview), with their usage of the promotions in <paramref name="set"/>
    /// (read here unless the caller read it already, see <see cref="UsageOf"/>).
    /// Personal coupon codes are checked (the buyer's, unused, unexpired) and stand for their promotion's code.
    /// </summary>
    public async Task<PricingRequest> RequestAsync(
        Customer? customer, string channel, IReadOnlyList<PricingLine> lines, IEnumerable<string>? couponCodes, PromotionSet set, CancellationToken ct,
        PromotionUsage? usage = null)
    {
        if (set.Count == 0) return new PricingRequest(lines, PricingCustomer.Anonymous, channel, time.GetUtcNow());
        // "Has ordered before" is a read of the buyer's orders on every checkout; skipped while no promotion asks for it.
        var buyer = customer is null
            ? PricingCustomer.Anonymous
            : new PricingCustomer(customer.Id, customer.MembershipTier, set.AsksForNewCustomers && !await HasOrdered.For(db)(db, customer.Id, ct), new HashSet<string>());
        var now = time.GetUtcNow();
        return new PricingRequest(lines, buyer, channel, now, await coupons.ResolveAsync(couponCodes, customer?.Id, set, now, ct),
            Usage: usage ?? await UsageAsync(customer?.Id, set, ct));
    }

    /// <summary>The usage from rows the caller read: each promotion's spending (in fen) and the buyer's uses.</summary>
    public static PromotionUsage UsageOf(IEnumerable<PromotionSpending> spending, IEnumerable<PromotionUses> uses) =>
        new(uses.ToDictionary(u => u.PromotionId, u => u.Uses), spending.ToDictionary(s => s.PromotionId, s => s.SpentFen / 100m));

    private async Task<PromotionUsage> UsageAsync(long? customerId, PromotionSet set, CancellationToken ct)
    {
        var ids = set.Definitions.Select(d => d.Id).ToList();
        var uses = new Dictionary<long, int>();
        var spent = new Dictionary<long, decimal>();
        // No buyer (a preview): customer id 0 matches no one, ids start at 1.
        await foreach (var row in Usage.For(db)(db, customerId ?? 0, ids).WithCancellation(ct))
        {
            if (row.IsSpending) spent[row.PromotionId] = row.SpentFen / 100m;
            else uses[row.PromotionId] = row.Uses;
        }
        return new PromotionUsage(uses, spent);
    }
}
