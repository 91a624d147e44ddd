using System.Globalization;
using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The GMV tree's shop totals read from the daily rollup (<see cref="DailyRollups"/>) for the days it holds, and from the
/// raw facts for the days after its last day (the tail: today, or days not rolled up yet). Same rows as
/// <see cref="GmvTreeSql"/> for <c>by</c> = none. Per period (one range read of each table; they are in day order),
/// rolled-up days give visitors as the (day, visitor) rows
/// that are the visitor's first day in the period, buyers likewise, repeat buyers as first rows with two orders or
/// a next order day still in the period. A tail visitor or buyer adds to those only when the rollup has no row of
/// theirs in the period's rolled-up days (and a tail buyer becomes a repeat buyer when the orders of both add up to two).
/// Only for periods that start and end at China midnights, with no day up to the rollup's last marked dirty.
/// </summary>
internal static class GmvTreeRollupSql
{
    public static (string Sql, Dictionary<string, object?> Parameters) Build(PeriodSegments segments, IReadOnlyList<AnalyticsPeriod> periods, int lastDay)
    {
        var parameters = segments.Parameters();
        parameters["last"] = lastDay;
        var tail = ChinaDay.StartOf(lastDay + 1);
        var hasTail = periods.Max(p => p.To) > tail;
        parameters["tail"] = AnalyticsCommand.Micros(tail);

        var periodRows = new List<string>();
        var visitors = new List<string>();
        var buyers = new List<string>();
        for (var i = 0; i < periods.Count; i++)
        {
            parameters["a" + i] = ChinaDay.Of(periods[i].From);
            parameters["l" + i] = Math.Min(ChinaDay.Of(periods[i].To) - 1, lastDay);
            periodRows.Add(string.Create(CultureInfo.InvariantCulture, $"({i}, $a{i})"));
            // One range read per period (the tables are in day order, so zone maps skip the other days).
            var inPeriod = string.Create(CultureInfo.InvariantCulture, $"china_day BETWEEN $a{i} AND $l{i}");
            var first = string.Create(CultureInfo.InvariantCulture, $"(previous_day IS NULL OR previous_day < $a{i})");
            visitors.Add(string.Create(CultureInfo.InvariantCulture, $"SELECT {i} AS p, count(*) AS visitors FROM rollup_daily_visitors WHERE {inPeriod} AND {first}"));
            buyers.Add(string.Create(CultureInfo.InvariantCulture, $"""
                SELECT {i} AS p, count(*) FILTER (WHERE {first}) AS buyers, COALESCE(sum(orders), 0) AS orders,
                       count(*) FILTER (WHERE {first} AND (orders >= 2 OR next_day <= $l{i})) AS repeat_buyers, COALESCE(sum(gmv), 0) AS gmv
                FROM rollup_daily_buyers WHERE {inPeriod}
                """));
        }

        var tailSql = hasTail ? $"""
            ,
            tv AS (
                SELECT DISTINCT sp.p, k.no FROM (
                    SELECT DISTINCT {segments.SegmentOf("e.occurred_at")} AS s, COALESCE(e.customer_id, e.anonymous_id, e.session_id) AS visitor
                    FROM behaviour_events e
                    WHERE e.type <> 'ad_impression' AND e.occurred_at >= make_timestamptz($tail) AND e.occurred_at < make_timestamptz($max)
                ) t JOIN segment_periods sp ON sp.s = t.s LEFT JOIN rollup_keys k ON k.key = t.visitor
            ),
            tail_visitors AS (
                -- A visitor the rollup does not know is new; two such visitors are told apart by their key, not their (null) number.
                SELECT p, count(*) AS visitors FROM (
                    SELECT tv.p, tv.no FROM tv JOIN period_days pd ON pd.p = tv.p
                    WHERE tv.no IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM rollup_daily_visitors r WHERE r.visitor_no = tv.no AND r.china_day >= pd.a AND r.china_day <= $last)
                ) GROUP BY p
                UNION ALL
                SELECT sp.p, count(DISTINCT COALESCE(e.customer_id, e.anonymous_id, e.session_id))
                FROM behaviour_events e JOIN segment_periods sp ON sp.s = {segments.SegmentOf("e.occurred_at")}
                ANTI JOIN rollup_keys k ON k.key = COALESCE(e.customer_id, e.anonymous_id, e.session_id)
                WHERE e.type <> 'ad_impression' AND e.occurred_at >= make_timestamptz($tail) AND e.occurred_at < make_timestamptz($max)
                GROUP BY sp.p
            ),
            tb AS (
                SELECT sp.p, COALESCE(f.customer_code, f.order_number) AS buyer, count(*) AS orders, sum(f.total) AS gmv
                FROM fact_orders f JOIN segment_periods sp ON sp.s = {segments.SegmentOf("f.placed_at")}
                WHERE f.status <> 'cancelled' AND f.placed_at >= make_timestamptz($tail) AND f.placed_at < make_timestamptz($max)
                GROUP BY ALL
            ),
            tb_rolled AS (
                SELECT tb.p, tb.orders, tb.gmv,
                       COALESCE((SELECT sum(r.orders) FROM rollup_daily_buyers r
                                 WHERE r.buyer_no = k.no AND r.china_day >= pd.a AND r.china_day <= $last), 0) AS rolled
                FROM tb JOIN period_days pd ON pd.p = tb.p LEFT JOIN rollup_keys k ON k.key = tb.buyer
            ),
            tail_buyers AS (
                SELECT p, count(*) FILTER (WHERE rolled = 0) AS buyers, sum(orders) AS orders,
                       count(*) FILTER (WHERE rolled < 2 AND rolled + orders >= 2) AS repeat_buyers, sum(gmv) AS gmv
                FROM tb_rolled GROUP BY p
            )
            """ : """
            ,
            tail_visitors AS (SELECT NULL::INTEGER AS p, 0::BIGINT AS visitors WHERE false),
            tail_buyers AS (SELECT NULL::INTEGER AS p, 0::BIGINT AS buyers, 0::BIGINT AS orders, 0::BIGINT AS repeat_buyers, 0::DECIMAL(18,2) AS gmv WHERE false)
            """;
        var sql = $"""
            WITH segment_periods(s, p, f) AS (VALUES {segments.SegmentPeriodValues()}),
            period_days(p, a) AS (VALUES {string.Join(", ", periodRows)}),
            rv AS (
                {string.Join("\n    UNION ALL\n    ", visitors)}
            ),
            rb AS (
                {string.Join("\n    UNION ALL\n    ", buyers)}
            ){tailSql}
            SELECT pd.p, NULL AS grp,
                   (rv.visitors + COALESCE(tv.visitors, 0))::BIGINT,
                   (rb.buyers + COALESCE(tb.buyers, 0))::BIGINT,
                   (rb.orders + COALESCE(tb.orders, 0))::BIGINT,
                   (rb.repeat_buyers + COALESCE(tb.repeat_buyers, 0))::BIGINT,
                   (rb.gmv + COALESCE(tb.gmv, 0))::DECIMAL(18,2)
            FROM period_days pd JOIN rv ON rv.p = pd.p JOIN rb ON rb.p = pd.p
            LEFT JOIN (SELECT p, sum(visitors) AS visitors FROM tail_visitors GROUP BY p) tv ON tv.p = pd.p
            LEFT JOIN tail_buyers tb ON tb.p = pd.p
            """;
        return (sql, parameters);
    }
}
