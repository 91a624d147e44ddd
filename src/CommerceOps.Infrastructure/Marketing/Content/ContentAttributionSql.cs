namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>
/// Last-touch attribution of paid orders to content, as DuckDB CTEs. Parameters: <c>$from</c> and <c>$to</c> (Unix
/// seconds, the half-open period the orders were placed in) and <c>$window_days</c>.
/// <list type="bullet">
/// <item>A paid order has a customer id and a status other than <c>placed</c> (unpaid) and <c>cancelled</c>: paid,
/// confirmed for cash on delivery, or anything after that (refunds included, as in GMV).</item>
/// <item>Its candidate touches are the touches by the same customer id with
/// <c>placed_at − window ≤ occurred_at ≤ placed_at</c>: both ends count, a touch after the order never does.</item>
/// <item>The order goes to the latest candidate; at the same instant a live stream beats other content, then the
/// smaller content id wins, so the result never depends on row order.</item>
/// </list>
/// </summary>
internal static class ContentAttributionSql
{
    public const string LiveStream = "live_stream";

    public const string AttributedCtes = $"""
        paid AS (
            SELECT order_number, customer_code, total, placed_at
            FROM fact_orders
            WHERE customer_code IS NOT NULL AND status NOT IN ('placed', 'cancelled')
              AND placed_at >= to_timestamp($from) AND placed_at < to_timestamp($to)
        ),
        attributed AS (
            SELECT o.order_number, o.customer_code, o.total, o.placed_at, t.content_id, t.content_type, t.occurred_at AS touched_at
            FROM paid o
            JOIN content_touches t
              ON t.customer_id = o.customer_code
             AND t.occurred_at <= o.placed_at
             AND t.occurred_at >= o.placed_at - to_days(CAST($window_days AS INTEGER))
            QUALIFY row_number() OVER (
                PARTITION BY o.order_number
                ORDER BY t.occurred_at DESC, CASE WHEN t.content_type = '{LiveStream}' THEN 0 ELSE 1 END, t.content_id) = 1
        )
        """;

    /// <summary>
    /// Per content item: viewers (distinct customer ids, or anonymous ids for touches without one) and touches in the
    /// period, and the orders, buyers and GMV attributed to it.
    /// </summary>
    public const string Performance = $"""
        WITH {AttributedCtes},
        seen AS (
            SELECT content_id, any_value(content_type) AS content_type,
                   count(DISTINCT COALESCE(customer_id, 'anonymous:' || anonymous_id)) AS viewers, count(*) AS touches
            FROM content_touches
            WHERE occurred_at >= to_timestamp($from) AND occurred_at < to_timestamp($to)
            GROUP BY content_id
        ),
        sold AS (
            SELECT content_id, any_value(content_type) AS content_type, count(*) AS orders,
                   count(DISTINCT customer_code) AS buyers, sum(total) AS gmv
            FROM attributed
            GROUP BY content_id
        )
        SELECT COALESCE(s.content_id, d.content_id) AS content_id, COALESCE(s.content_type, d.content_type) AS content_type,
               COALESCE(s.viewers, 0) AS viewers, COALESCE(s.touches, 0) AS touches,
               COALESCE(d.orders, 0) AS orders, COALESCE(d.buyers, 0) AS buyers, COALESCE(d.gmv, 0) AS gmv
        FROM seen s FULL OUTER JOIN sold d ON d.content_id = s.content_id
        ORDER BY gmv DESC, content_id
        """;

    public const string Orders = $"""
        WITH {AttributedCtes}
        SELECT order_number, customer_code, CAST(epoch_ms(placed_at) AS BIGINT), total, content_id, content_type, CAST(epoch_ms(touched_at) AS BIGINT)
        FROM attributed
        ORDER BY placed_at, order_number
        """;

    /// <summary>All paid orders of the period against the attributed ones, for the share content earns.</summary>
    public const string Totals = $"""
        WITH {AttributedCtes}
        SELECT (SELECT count(*) FROM paid), (SELECT COALESCE(sum(total), 0) FROM paid),
               (SELECT count(*) FROM attributed), (SELECT COALESCE(sum(total), 0) FROM attributed)
        """;
}
