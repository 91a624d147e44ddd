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
/// </summary>
public sealed class InventoryOverviewQuery(CommerceDbContext db, AnalyticsStore analytics, TimeProvider time)
{
    public const int MaxLines = 500;
    public const int MaxPurchaseOrders = 100;

    public async Task<InventoryOverview> RunAsync(DateOnly? from, DateOnly? to, AbcBasis basis, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var connection = analytics.OpenConnection();
        var lastSale = SalesHistory.LastDay(connection);
        var end = to ?? lastSale ?? DateOnly.FromDateTime(now.UtcDateTime);
        var start = from ?? end.AddDays(1 - ReplenishmentRequest.DefaultWindowDays);
        var classification = ClassificationRequest.For(start, end) with { Basis = basis };
        classification.Validate();
        var replenishment = ReplenishmentRequest.For(end, end.DayNumber - start.DayNumber + 1);
        if (replenishment.WindowDays < 7) throw new DomainException("The period is at least 7 days (the demand window of the replenishment list).", "from");
        _ = replenishment.Classification;

        if (basis == AbcBasis.Margin) await SkuCosts.LoadAsync(db, connection, cancellationToken);
        var matrix = SkuClassifier.Matrix(connection, classification);
        var positions = await new StockPositionLoader(db).LoadAsync(connection, cancellationToken);
        var toOrder = ReplenishmentList.Compute(connection, replenishment)
            .Where(l => l.Suggestion.SuggestedQuantity > 0)
            .OrderBy(l => l.Abc).ThenBy(l => l.Suggestion.DaysOfCover ?? double.MaxValue).ThenBy(l => l.Sku, StringComparer.Ordinal)
            .Take(MaxLines).ToList();
        var orders = await db.PurchaseOrders.AsNoTracking().Include(o => o.Lines)
            .OrderByDescending(o => o.Id).Take(MaxPurchaseOrders).ToListAsync(cancellationToken);
        return new InventoryOverview(start, end, basis, lastSale, now, matrix, positions, toOrder, orders);
    }
}
