using System.Globalization;
using System.Text;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>
/// The SQL behind alert rules. Every metric is written as "units" (visitors, orders, buyers or sessions entering a
/// step), one row per unit and window with its breakdown values and its part of the metric's numerator and denominator,
/// so a metric is <c>sum(num)</c> (counts) or <c>sum(num) / sum(den)</c> (rates) over any set of units: the shop, or
/// one breakdown value. Windows are a small VALUES table (0 = today so far, 1–4 = the same stretch of the past four
/// same weekdays) joined on time, so one scan serves all five. Only fixed fragments are chosen here; values are parameters.
/// </summary>
internal static class AlertMetricSql
{
    public static readonly Dictionary<string, string> BreakdownColumns = new(StringComparer.Ordinal)
    {
        ["channel"] = "channel",
        ["province"] = "province",
        ["device"] = "device",
        ["payment_method"] = "payment_method",
        ["category"] = "category",
    };

    /// <summary>The breakdowns that behaviour events carry as columns (payment checks filter events by them).</summary>
    public static readonly IReadOnlySet<string> EventColumns = new HashSet<string>(StringComparer.Ordinal) { "channel", "province", "device" };

    /// <summary>Which breakdowns make sense for a metric (both sides must know the value for a rate of visitors and orders).</summary>
    public static IReadOnlyList<string> Breakdowns(AlertMetric metric) => metric switch
    {
        AlertMetric.Visitors or AlertMetric.StepConversion => ["channel", "province", "device", "category"],
        AlertMetric.Conversion or AlertMetric.RepurchaseRate => ["channel", "province"],
        _ => ["channel", "province", "payment_method", "category"],
    };

    /// <summary>The WITH clause (<c>periods</c> and <c>units</c>) for a rule over the given windows; fills the parameters.</summary>
    public static string With(AlertMetric metric, string? step, IReadOnlyList<AnalyticsPeriod> windows, Dictionary<string, object?> parameters)
    {
        parameters["min"] = AnalyticsCommand.Micros(windows.Min(w => w.From));
        parameters["max"] = AnalyticsCommand.Micros(windows.Max(w => w.To));
        var values = string.Join(", ", windows.Select((w, i) =>
        {
            parameters["f" + i] = AnalyticsCommand.Micros(w.From);
            parameters["t" + i] = AnalyticsCommand.Micros(w.To);
            return string.Create(CultureInfo.InvariantCulture, $"({i}, make_timestamptz($f{i}), make_timestamptz($t{i}))");
        }));
        return $"""
            WITH periods(p, f, t) AS (VALUES {values}),
            units AS (
                SELECT p, channel, province, device, payment_method, category, CAST(num AS DOUBLE) AS num, CAST(den AS DOUBLE) AS den FROM (
            {Units(metric, step, parameters)}
                )
            )
            """;
    }

    private const string EventWindow = """
        FROM behaviour_events e JOIN periods w ON e.occurred_at >= w.f AND e.occurred_at < w.t
        WHERE e.occurred_at >= make_timestamptz($min) AND e.occurred_at < make_timestamptz($max)
        """;

    // Events know a category only through their SKU (SkuCategories); a unit's category is that of its first event with one.
    private static readonly string CategorisedEventWindow = $"""
        FROM behaviour_events e JOIN periods w ON e.occurred_at >= w.f AND e.occurred_at < w.t
        LEFT JOIN ({SkuCategories.Sql}) cat ON cat.sku = e.sku
        WHERE e.occurred_at >= make_timestamptz($min) AND e.occurred_at < make_timestamptz($max)
        """;

    private const string FirstCategory = "COALESCE(arg_min(cat.category, e.occurred_at) FILTER (WHERE cat.category IS NOT NULL), 'unknown')";

    // An order's category is that of its largest line (ties: the first line), so an order stays one unit.
    private const string OrderWindow = """
        FROM fact_orders o JOIN periods w ON o.placed_at >= w.f AND o.placed_at < w.t
        LEFT JOIN (
            SELECT order_number, first(COALESCE(category, 'unknown') ORDER BY amount DESC, line_no) AS category
            FROM fact_order_lines WHERE placed_at >= make_timestamptz($min) AND placed_at < make_timestamptz($max)
            GROUP BY order_number
        ) oc ON oc.order_number = o.order_number
        WHERE o.status <> 'cancelled' AND o.placed_at >= make_timestamptz($min) AND o.placed_at < make_timestamptz($max)
        """;

    // A visitor's breakdown values are those of their first event in the window.
    private static readonly string Visitors = $"""
        SELECT w.p, arg_min(e.channel, e.occurred_at) AS channel, arg_min(COALESCE(e.province, 'unknown'), e.occurred_at) AS province,
               arg_min(COALESCE(e.device, 'unknown'), e.occurred_at) AS device, 'n/a' AS payment_method, {FirstCategory} AS category,
               1.0::DOUBLE AS num, 1.0::DOUBLE AS den
        {CategorisedEventWindow} AND e.type <> 'ad_impression'
        GROUP BY w.p, COALESCE(e.customer_id, e.anonymous_id, e.session_id)
        """;

    private static string Orders(string num) => $"""
        SELECT w.p, o.channel, COALESCE(o.province, 'unknown') AS province, 'unknown' AS device, o.payment_method,
               COALESCE(oc.category, 'unknown') AS category, {num} AS num, 1.0::DOUBLE AS den
        {OrderWindow}
        """;

    // A buyer's breakdown values are those of their first order in the window; orders without a customer are their own buyer.
    private static string Buyers(string num, string den) => $"""
        SELECT w.p, arg_min(o.channel, o.placed_at) AS channel, arg_min(COALESCE(o.province, 'unknown'), o.placed_at) AS province,
               'unknown' AS device, arg_min(o.payment_method, o.placed_at) AS payment_method, 'n/a' AS category, {num} AS num, {den} AS den
        {OrderWindow}
        GROUP BY w.p, COALESCE(o.customer_code, o.order_number)
        """;

    private static string Units(AlertMetric metric, string? step, Dictionary<string, object?> parameters) => metric switch
    {
        AlertMetric.Visitors => Visitors,
        AlertMetric.Gmv => Orders("CAST(o.total AS DOUBLE)"),
        AlertMetric.Orders => Orders("1.0::DOUBLE"),
        AlertMetric.AverageOrderValue => Orders("CAST(o.total AS DOUBLE)"),
        // conversion = buyers / visitors: visitors bring the denominator, buyers the numerator.
        AlertMetric.Conversion => $"""
            SELECT p, channel, province, device, payment_method, 'n/a' AS category, 0.0::DOUBLE AS num, den FROM ({Visitors})
            UNION ALL
            {Buyers("1.0::DOUBLE", "0.0::DOUBLE")}
            """,
        AlertMetric.RepurchaseRate => Buyers("CASE WHEN count(DISTINCT o.order_number) >= 2 THEN 1.0 ELSE 0.0 END", "1.0::DOUBLE"),
        AlertMetric.StepConversion => StepSessions(step!, parameters),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>
    /// Sessions that reached the step in the window (den = 1) and whether they reached the next default step at or after
    /// their first arrival, in the same session (num). Breakdown values come from the arriving event.
    /// </summary>
    private static string StepSessions(string step, Dictionary<string, object?> parameters)
    {
        var index = FunnelSteps.DefaultNames.ToList().IndexOf(step);
        var from = FunnelSteps.Parse(step);
        var to = FunnelSteps.Parse(FunnelSteps.DefaultNames[index + 1]);
        return $"""
            SELECT a.p, a.channel, a.province, a.device, 'n/a' AS payment_method, a.category,
                   CASE WHEN n.t IS NOT NULL AND n.t >= a.t THEN 1.0 ELSE 0.0 END AS num, 1.0::DOUBLE AS den
            FROM (
                SELECT w.p, e.session_id, min(e.occurred_at) AS t, arg_min(e.channel, e.occurred_at) AS channel,
                       arg_min(COALESCE(e.province, 'unknown'), e.occurred_at) AS province, arg_min(COALESCE(e.device, 'unknown'), e.occurred_at) AS device,
                       {FirstCategory} AS category
                {CategorisedEventWindow} AND ({Matches(from, "a", parameters)})
                GROUP BY w.p, e.session_id
            ) a LEFT JOIN (
                SELECT w.p, e.session_id, max(e.occurred_at) AS t
                {EventWindow} AND ({Matches(to, "b", parameters)})
                GROUP BY w.p, e.session_id
            ) n ON n.p = a.p AND n.session_id = a.session_id
            """;
    }

    private static string Matches(FunnelStep step, string prefix, Dictionary<string, object?> parameters)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < step.Patterns.Count; i++)
        {
            var pattern = step.Patterns[i];
            var name = $"{prefix}{i}";
            parameters[name + "t"] = pattern.Type;
            if (i > 0) sql.Append(" OR ");
            sql.Append(CultureInfo.InvariantCulture, $"(e.type = ${name}t");
            if (pattern.PageType is not null)
            {
                parameters[name + "p"] = pattern.PageType;
                sql.Append(CultureInfo.InvariantCulture, $" AND e.page_type = ${name}p");
            }
            sql.Append(')');
        }
        return sql.ToString();
    }
}
