namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The GMV tree's SQL for a set of periods and an optional breakdown. Only fixed fragments are chosen here; every
/// value is a parameter. Visitors come from behaviour events (ad impressions are not visits), buyers, orders and
/// GMV from orders that were not cancelled (for category, from their lines). Each fact table is read once over the
/// whole range: rows are labelled with their <see cref="PeriodSegments"/> segment and reach their periods by an
/// equality join; events are first reduced to distinct (segment, breakdown key, visitor), which the distinct count
/// per period then reads instead of the events.
/// </summary>
internal static class GmvTreeSql
{
    public static string Build(PeriodSegments segments, BreakdownDimension? by)
    {
        var (visitorKey, visitorGroup, visitorJoin, visitorFilter, visitorPeriodJoin) = VisitorSide(by);
        var (orderSource, orderGroup, orderJoin) = OrderSide(by, segments);
        var sets = by is null ? "(sp.p, buyer)" : "(sp.p, buyer), (sp.p, grp, buyer)";
        var visitorSets = by is null ? "(sp.p)" : "(sp.p), (sp.p, grp)";
        return $"""
            WITH segment_periods(s, p, f) AS (VALUES {segments.SegmentPeriodValues()}),
            first_orders AS (
                SELECT customer_code, min(placed_at) AS first_at FROM fact_orders WHERE customer_code IS NOT NULL GROUP BY customer_code
            ),
            ev AS (
                SELECT DISTINCT {segments.SegmentOf("e.occurred_at")} AS s, {visitorKey} AS k, COALESCE(e.customer_id, e.anonymous_id, e.session_id) AS visitor
                FROM behaviour_events e {visitorJoin}
                WHERE e.type <> 'ad_impression' {visitorFilter}
                  AND e.occurred_at >= make_timestamptz($min) AND e.occurred_at < make_timestamptz($max)
            ),
            v AS (
                SELECT sp.p, {visitorGroup} AS grp, count(DISTINCT ev.visitor) AS visitors
                FROM ev JOIN segment_periods sp ON sp.s = ev.s {visitorPeriodJoin}
                GROUP BY GROUPING SETS ({visitorSets})
            ),
            o AS (
                SELECT sp.p, {orderGroup} AS grp, s.buyer, count(DISTINCT s.order_number) AS orders, sum(s.amount) AS gmv
                FROM ({orderSource}) s JOIN segment_periods sp ON sp.s = {segments.SegmentOf("s.placed_at")} {orderJoin}
                WHERE s.placed_at >= make_timestamptz($min) AND s.placed_at < make_timestamptz($max)
                GROUP BY GROUPING SETS ({sets})
            ),
            b AS (
                SELECT p, grp, count(*) AS buyers, sum(orders) AS orders, count(*) FILTER (WHERE orders >= 2) AS repeat_buyers, sum(gmv) AS gmv
                FROM o GROUP BY p, grp
            )
            SELECT COALESCE(v.p, b.p) AS p, COALESCE(v.grp, b.grp) AS grp,
                   COALESCE(v.visitors, 0)::BIGINT, COALESCE(b.buyers, 0)::BIGINT, COALESCE(b.orders, 0)::BIGINT,
                   COALESCE(b.repeat_buyers, 0)::BIGINT, COALESCE(b.gmv, 0)::DECIMAL(18,2)
            FROM v FULL JOIN b ON v.p = b.p AND v.grp IS NOT DISTINCT FROM b.grp
            """;
    }

    /// <summary>
    /// Key: what each event keeps through the distinct step; Group: the breakdown value per period from that key (new vs
    /// returning depends on the period's start, so the key is the customer and the group is decided after the join).
    /// </summary>
    private static (string Key, string Group, string Join, string Filter, string PeriodJoin) VisitorSide(BreakdownDimension? by) => by switch
    {
        null => ("NULL", "NULL", "", "", ""),
        BreakdownDimension.Channel => ("e.channel", "ev.k", "", "", ""),
        BreakdownDimension.Province => ("COALESCE(e.province, 'unknown')", "ev.k", "", "", ""),
        BreakdownDimension.Device => ("COALESCE(e.device, 'unknown')", "ev.k", "", "", ""),
        BreakdownDimension.Category => ("COALESCE(cat.category, 'unknown')", "ev.k", $"LEFT JOIN ({SkuCategories.Sql}) cat ON cat.sku = e.sku", "AND e.sku IS NOT NULL", ""),
        BreakdownDimension.VisitorType => ("e.customer_id", "CASE WHEN fo.first_at < sp.f THEN 'returning' ELSE 'new' END", "", "",
            "LEFT JOIN first_orders fo ON fo.customer_code = ev.k"),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, null),
    };

    private const string Orders =
        "SELECT order_number, COALESCE(customer_code, order_number) AS buyer, customer_code, channel, province, total AS amount, placed_at FROM fact_orders WHERE status <> 'cancelled'";

    private const string Lines = """
        SELECT l.order_number, COALESCE(l.customer_code, l.order_number) AS buyer, l.customer_code, COALESCE(l.category, 'unknown') AS category, l.amount, l.placed_at
        FROM fact_order_lines l ANTI JOIN (SELECT order_number FROM fact_orders WHERE status = 'cancelled') x ON x.order_number = l.order_number
        """;

    private static (string Source, string Group, string Join) OrderSide(BreakdownDimension? by, PeriodSegments segments) => by switch
    {
        null => (Orders, "NULL", ""),
        BreakdownDimension.Channel => (Orders, "s.channel", ""),
        BreakdownDimension.Province => (Orders, "COALESCE(s.province, 'unknown')", ""),
        BreakdownDimension.Category => (Lines, "s.category", ""),
        // Orders carry no device: a buyer's orders count under the device they used most in the period.
        BreakdownDimension.Device => (Orders, "COALESCE(d.device, 'unknown')", $"""
            LEFT JOIN (
                SELECT dp.p, e.customer_id, mode(e.device) AS device
                FROM behaviour_events e JOIN segment_periods dp ON dp.s = {segments.SegmentOf("e.occurred_at")}
                WHERE e.customer_id IS NOT NULL AND e.device IS NOT NULL
                  AND e.occurred_at >= make_timestamptz($min) AND e.occurred_at < make_timestamptz($max)
                GROUP BY dp.p, e.customer_id
            ) d ON d.p = sp.p AND d.customer_id = s.customer_code
            """),
        BreakdownDimension.VisitorType => (Orders, "CASE WHEN fo.first_at < sp.f THEN 'returning' ELSE 'new' END",
            "LEFT JOIN first_orders fo ON fo.customer_code = s.customer_code"),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, null),
    };
}
