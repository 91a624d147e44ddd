using CommerceOps.Domain.Common;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// The inventory page's numbers. The period defaults to the <see cref="ReplenishmentRequest.DefaultWindowDays"/> days
/// ending with the latest sale, so imported history shows where it ends; the replenishment list uses the same days as
/// its demand window. The matrix ranks by the chosen basis; the replenishment list's classes stay by revenue.
/// The sales side (matrix and per-SKU demand, a scan of every order line in the period: seconds at the large scale)
/// comes from the shared pre-computed result (<see cref="AnalyticsResultCache"/>, keyed by period and basis); stock
/// positions and purchase orders are read per request, so an accepted suggestion or a received delivery shows at once.
/// </summary>
public sealed class InventoryOverviewQuery(CommerceDbContext db, AnalyticsStore analytics, AnalyticsResultCache cache, TimeProvider time)
{
    public const int MaxLines = 500;
    public const int MaxPurchaseOrders = 100;

    public async Task<InventoryOverview> RunAsync(DateOnly? from, DateOnly? to, AbcBasis basis, CancellationToken cancellationToken)
    {
        using var connection = analytics.OpenConnection();
        var lastSale = SalesHistory.LastDay(connection);
        var end = to ?? lastSale ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var start = from ?? end.AddDays(1 - ReplenishmentRequest.DefaultWindowDays);
        var classification = ClassificationRequest.For(start, end) with { Basis = basis };
        classification.Validate();
        var replenishment = ReplenishmentRequest.For(end, end.DayNumber - start.DayNumber + 1);
        if (replenishment.WindowDays < 7) throw new DomainException("The period is at least 7 days (the demand window of the replenishment list).", "from");
        _ = replenishment.Classification;

        // Margin ranks by today's supplier costs: read here, so a recomputation (possibly after this request) uses them.
        var costs = basis == AbcBasis.Margin ? await SkuCosts.ReadAsync(db, cancellationToken) : null;
        // A recomputation may run after this request has ended (a background refresh): it opens its own connection.
        var sales = await cache.GetAsync($"inventory|{start:yyyy-MM-dd}|{end:yyyy-MM-dd}|{basis.Name()}", () => Task.Run(() =>
        {
            using var own = analytics.OpenConnection();
            if (costs is not null) SkuCosts.Load(own, costs);
            var matrix = SkuClassifier.Matrix(own, classification);
            SkuDemandTable.Compute(own, replenishment);
            return (Matrix: matrix, Demand: SkuDemandTable.Read(own));
        }));

        var now = time.GetUtcNow();
        var positions = await new StockPositionLoader(db).LoadAsync(connection, cancellationToken);
        SkuDemandTable.Load(connection, sales.Value.Demand);
        var toOrder = ReplenishmentList.Plan(connection, replenishment)
            .Where(l => l.Suggestion.SuggestedQuantity > 0)
            .OrderBy(l => l.Abc).ThenBy(l => l.Suggestion.DaysOfCover ?? double.MaxValue).ThenBy(l => l.Sku, StringComparer.Ordinal)
            .Take(MaxLines).ToList();
        var orders = await db.PurchaseOrders.AsNoTracking().Include(o => o.Lines)
            .OrderByDescending(o => o.Id).Take(MaxPurchaseOrders).ToListAsync(cancellationToken);
        return new InventoryOverview(start, end, basis, lastSale, sales.Freshness.AsOf, now, sales.Value.Matrix, positions, toOrder, orders);
    }
}
