using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>Joins the attribution numbers from DuckDB with the content items and member counts from the commerce store.</summary>
public sealed class ContentReportBuilder(CommerceDbContext db, ContentAttributionQuery attribution, MemberCounts members)
{
    public async Task<ContentReport> BuildAsync(AnalyticsPeriod period, AttributionWindow window, CancellationToken cancellationToken)
    {
        var performance = attribution.Performance(period, window);
        var ids = performance.Select(p => p.ContentId).ToList();
        var items = await db.ContentItems.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return new ContentReport(period, window, attribution.Totals(period, window),
            [.. performance.Select(p => new ContentReport.Item(p, items.GetValueOrDefault(p.ContentId)))],
            await members.CountAsync(period, cancellationToken));
    }
}
