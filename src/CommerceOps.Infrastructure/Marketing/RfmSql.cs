using System.Text;
using CommerceOps.Domain.Marketing;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Common;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// The RFM definition of issue #4 as DuckDB SQL over the order-level facts (<c>fact_orders</c>; an order's total is
/// the sum of quantity × unit price of its lines, so the order level gives the same monetary value at half the cost of
/// scanning lines). Scores come from ROW_NUMBER over (measure, customer_id): DuckDB compares VARCHAR bytewise, which
/// is ordinal order. The fragments only embed constants of the domain tables; every value arrives as a parameter.
/// </summary>
internal static class RfmSql
{
    private const long MicrosPerDay = 86_400_000_000;
    private static readonly string Cancelled = OrderStatus.Cancelled.ToWire();

    /// <summary>
    /// CTEs <c>rfm_measured_{name}</c> and <c>rfm_scored_{name}</c> as of the cutoff in parameter <paramref name="cutoff"/>
    /// (Unix seconds).
    /// </summary>
    public static string ScoredCtes(string name, string cutoff) => $"""
        {MeasuredCte(name, cutoff)},
        rfm_scored_{name} AS (
            SELECT *,
                   1 + 5 * (row_number() OVER (ORDER BY recency_days DESC, customer_id) - 1) // count(*) OVER () AS r,
                   1 + 5 * (row_number() OVER (ORDER BY frequency, customer_id) - 1) // count(*) OVER () AS f,
                   1 + 5 * (row_number() OVER (ORDER BY monetary, customer_id) - 1) // count(*) OVER () AS m
            FROM rfm_measured_{name}
        )
        """;

    /// <summary>
    /// CTE <c>rfm_measured_{name}</c>: customer_id, recency_days, tenure_days, frequency, monetary. Frequency counts rows:
    /// the projector writes each order once, so no DISTINCT is needed. Monetary adds every order's lines, cancellations
    /// as negatives: a cancellation document (Online Retail's "C" invoices, negative quantities) counts with its
    /// negative total; a native order that was cancelled counts as its sale plus its reversal, that is zero. A cancelled
    /// order without a negative total counts nowhere, so it is dropped before grouping.
    /// </summary>
    public static string MeasuredCte(string name, string cutoff) => $"""
        rfm_measured_{name} AS (
            SELECT customer_code AS customer_id,
                   ({cutoff} * 1000000 - epoch_us(max(placed_at) FILTER (WHERE status <> '{Cancelled}'))) // {MicrosPerDay} AS recency_days,
                   ({cutoff} * 1000000 - epoch_us(min(placed_at) FILTER (WHERE status <> '{Cancelled}'))) // {MicrosPerDay} AS tenure_days,
                   count(*) FILTER (WHERE status <> '{Cancelled}') AS frequency,
                   coalesce(sum(total) FILTER (WHERE status <> '{Cancelled}' OR total < 0), 0) AS monetary
            FROM fact_orders
            WHERE customer_code IS NOT NULL AND placed_at < to_timestamp({cutoff}) AND (status <> '{Cancelled}' OR total < 0)
            GROUP BY customer_code
            HAVING count(*) FILTER (WHERE status <> '{Cancelled}') > 0
        )
        """;

    /// <summary>
    /// CTE <c>rfm_ordered_{name}</c>: customer_id, recency_days, tenure_days, frequency — the measures of
    /// <see cref="MeasuredCte"/> without monetary. Those count non-cancelled orders only, so the cancelled ones are
    /// dropped before grouping and every aggregate is plain. Materialised: the scores read it several times.
    /// </summary>
    public static string OrderedCte(string name, string cutoff) => $"""
        rfm_ordered_{name} AS MATERIALIZED (
            SELECT customer_code AS customer_id,
                   ({cutoff} * 1000000 - epoch_us(max(placed_at))) // {MicrosPerDay} AS recency_days,
                   ({cutoff} * 1000000 - epoch_us(min(placed_at))) // {MicrosPerDay} AS tenure_days,
                   count(*) AS frequency
            FROM fact_orders
            WHERE customer_code IS NOT NULL AND placed_at < to_timestamp({cutoff}) AND status <> '{Cancelled}'
            GROUP BY customer_code
        )
        """;

    /// <summary>The segment of columns r and f, from <see cref="RfmSegments.Rules"/>.</summary>
    public static string SegmentOf(string r, string f)
    {
        var sql = new StringBuilder("CASE");
        foreach (var rule in RfmSegments.Rules)
            sql.Append($" WHEN {r} BETWEEN {rule.RecencyFrom} AND {rule.RecencyTo} AND {f} BETWEEN {rule.FrequencyFrom} AND {rule.FrequencyTo} THEN '{rule.Segment}'");
        return sql.Append(" END").ToString();
    }

    /// <summary>The lifecycle stage, thresholds in parameters (new within, dormant after, lost after), as <see cref="LifecycleThresholds.StageOf"/>.</summary>
    public static string StageOf(string newWithin, string dormantAfter, string lostAfter) => $"""
        CASE WHEN tenure_days < {newWithin} THEN '{LifecycleStages.New}'
             WHEN recency_days < {dormantAfter} THEN '{LifecycleStages.Active}'
             WHEN recency_days < {lostAfter} THEN '{LifecycleStages.Dormant}'
             ELSE '{LifecycleStages.Lost}' END
        """;
}
