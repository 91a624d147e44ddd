using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// How many navigation steps (page views and searches) sessions take to reach a product page and to an order,
/// against the guide's "3 steps to a product, 5 to an order". A session's steps to a product count its navigation
/// events up to and including its first product page; steps to an order, up to its first purchase.
/// </summary>
public sealed class SessionDepthQuery(AnalyticsStore store)
{
    public const int ProductTarget = 3, OrderTarget = 5;

    public SessionDepth Run(AnalyticsPeriod period)
    {
        const string sql = """
            WITH e AS (
                SELECT session_id, occurred_at AS t, type IN ('page_view', 'search') AS nav,
                       (type = 'page_view' AND page_type = 'product') OR type = 'product_view' AS product, type = 'purchase' AS purchase
                FROM behaviour_events
                WHERE occurred_at >= make_timestamptz($from) AND occurred_at < make_timestamptz($to)
                  AND type IN ('page_view', 'search', 'product_view', 'purchase')
            ),
            firsts AS (
                SELECT session_id, min(t) FILTER (WHERE product) AS product_at, min(t) FILTER (WHERE purchase) AS purchase_at FROM e GROUP BY session_id
            ),
            depth AS (
                SELECT f.session_id,
                       count(*) FILTER (WHERE e.nav AND e.t <= f.product_at) AS to_product,
                       count(*) FILTER (WHERE e.nav AND e.t <= f.purchase_at) AS to_order,
                       f.product_at IS NOT NULL AS reached_product, f.purchase_at IS NOT NULL AS ordered
                FROM firsts f JOIN e USING (session_id)
                GROUP BY f.session_id, f.product_at, f.purchase_at
            )
            SELECT 'product' AS goal, to_product AS steps, count(*) FROM depth WHERE reached_product GROUP BY to_product
            UNION ALL
            SELECT 'order', to_order, count(*) FROM depth WHERE ordered GROUP BY to_order
            ORDER BY 1, 2
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, new Dictionary<string, object?>
        {
            ["from"] = AnalyticsCommand.Micros(period.From),
            ["to"] = AnalyticsCommand.Micros(period.To),
        });
        using var reader = command.ExecuteReader();
        var rows = new List<(string Goal, long Steps, long Sessions)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        SessionDepthDistribution Of(string goal, int target)
        {
            var buckets = rows.Where(r => r.Goal == goal).Select(r => new SessionDepthBucket(r.Steps, r.Sessions)).ToList();
            var total = buckets.Sum(b => b.Sessions);
            var within = buckets.Where(b => b.Steps <= target).Sum(b => b.Sessions);
            return new SessionDepthDistribution(target, total, total == 0 ? null : (double)within / total, buckets);
        }
        return new SessionDepth(Of("product", ProductTarget), Of("order", OrderTarget));
    }
}

public sealed record SessionDepth(SessionDepthDistribution ToProduct, SessionDepthDistribution ToOrder);

/// <param name="Sessions">Sessions that reached the goal.</param>
/// <param name="ShareWithinTarget">Share of them that took at most <paramref name="Target"/> steps.</param>
public sealed record SessionDepthDistribution(int Target, long Sessions, double? ShareWithinTarget, IReadOnlyList<SessionDepthBucket> Buckets);

public sealed record SessionDepthBucket(long Steps, long Sessions);
