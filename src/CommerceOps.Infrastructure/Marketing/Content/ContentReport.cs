using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Marketing.Content;

namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>
/// Content attribution over a period, ready to show: every content item that was touched or earned orders (with its
/// title, channel and live session), the totals, and the private-domain members per channel.
/// </summary>
public sealed record ContentReport(
    AnalyticsPeriod Period, AttributionWindow Window, AttributionTotals Totals, IReadOnlyList<ContentReport.Item> Items, IReadOnlyList<MemberCount> Members)
{
    /// <param name="Content">Null when the touches name an item the commerce store no longer has.</param>
    public sealed record Item(ContentPerformance Performance, ContentItem? Content);

    public IEnumerable<Item> LiveStreams => Items.Where(i => i.Performance.IsLiveStream);
}
