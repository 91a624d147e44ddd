using System.Globalization;
using CommerceOps.Domain.Alerts.Diagnosis;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>
/// The rule checks for a drop around payment: per payment method, its share of payment submissions (availability: a
/// method nobody can choose any more vanishes from the mix) and its error rate (submissions not followed by a purchase in
/// the same session), and the payment page's load time (the <c>page_load_ms</c> property of payment page views, p50 and
/// p90). Each against the baseline windows; for the whole shop and, when given, for one breakdown value.
/// </summary>
public sealed class PaymentChecksQuery(AnalyticsStore store)
{
    private const int MinSubmissions = 10;
    private const int MinPageViews = 10;

    public IReadOnlyList<DiagnosisCheck> Run(BaselineWindows windows, int baselineWeeks, DiagnosisExplanation? focus)
    {
        var checks = new List<DiagnosisCheck>();
        checks.AddRange(Methods(windows, baselineWeeks, null));
        checks.Add(PageLoad(windows, null));
        if (focus is not null && AlertMetricSql.EventColumns.Contains(focus.Dimension))
        {
            checks.AddRange(Methods(windows, baselineWeeks, focus));
            checks.Add(PageLoad(windows, focus));
        }
        return checks;
    }

    private static string Subject(DiagnosisExplanation? focus) => focus is null ? "all" : $"{focus.Dimension}={focus.Value}";

    private static (string Sql, Dictionary<string, object?> Parameters) Window(BaselineWindows windows, DiagnosisExplanation? focus)
    {
        var parameters = new Dictionary<string, object?>();
        var all = new[] { windows.Current }.Concat(windows.Baseline).ToList();
        parameters["min"] = AnalyticsCommand.Micros(all.Min(w => w.From));
        parameters["max"] = AnalyticsCommand.Micros(all.Max(w => w.To));
        var values = string.Join(", ", all.Select((w, i) =>
        {
            parameters["f" + i] = AnalyticsCommand.Micros(w.From);
            parameters["t" + i] = AnalyticsCommand.Micros(w.To);
            return string.Create(CultureInfo.InvariantCulture, $"({i}, make_timestamptz($f{i}), make_timestamptz($t{i}))");
        }));
        var filter = "";
        if (focus is not null)
        {
            parameters["focus"] = focus.Value;
            filter = $" AND COALESCE(e.{AlertMetricSql.BreakdownColumns[focus.Dimension]}, 'unknown') = $focus";
        }
        var sql = $"""
            WITH periods(p, f, t) AS (VALUES {values}),
            ev AS (
                SELECT w.p, e.* FROM behaviour_events e JOIN periods w ON e.occurred_at >= w.f AND e.occurred_at < w.t
                WHERE e.occurred_at >= make_timestamptz($min) AND e.occurred_at < make_timestamptz($max){filter}
            )
            """;
        return (sql, parameters);
    }

    private IEnumerable<DiagnosisCheck> Methods(BaselineWindows windows, int baselineWeeks, DiagnosisExplanation? focus)
    {
        var (with, parameters) = Window(windows, focus);
        parameters["weeks"] = (double)Math.Max(1, baselineWeeks);
        var sql = with + """
            ,
            submits AS (
                SELECT p, session_id, occurred_at AS t, COALESCE(json_extract_string(properties, '$.method'), 'unknown') AS method
                FROM ev WHERE type = 'payment_submit'
            ),
            purchases AS (SELECT p, session_id, max(occurred_at) AS t FROM ev WHERE type = 'purchase' GROUP BY ALL),
            s AS (
                SELECT s.p, s.method, (pu.t IS NULL OR pu.t < s.t) AS failed
                FROM submits s LEFT JOIN purchases pu ON pu.p = s.p AND pu.session_id = s.session_id
            )
            SELECT method,
                   count(*) FILTER (WHERE p = 0) AS cur_submits, count(*) FILTER (WHERE p = 0 AND failed) AS cur_failed,
                   count(*) FILTER (WHERE p > 0) / $weeks AS base_submits, count(*) FILTER (WHERE p > 0 AND failed) / $weeks AS base_failed,
                   count(*) FILTER (WHERE p = 0) / NULLIF(sum(count(*) FILTER (WHERE p = 0)) OVER (), 0) AS cur_share,
                   count(*) FILTER (WHERE p > 0) / NULLIF(sum(count(*) FILTER (WHERE p > 0)) OVER (), 0) AS base_share
            FROM s GROUP BY method ORDER BY method
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var checks = new List<DiagnosisCheck>();
        while (reader.Read())
        {
            var method = reader.GetString(0);
            var curSubmits = reader.GetInt64(1);
            var curFailed = reader.GetInt64(2);
            var baseSubmits = reader.GetDouble(3);
            var baseFailed = reader.GetDouble(4);
            var curShare = AnalyticsCommand.NullableDouble(reader, 5) ?? 0;
            var baseShare = AnalyticsCommand.NullableDouble(reader, 6);
            double? curRate = curSubmits == 0 ? null : (double)curFailed / curSubmits;
            double? baseRate = baseSubmits == 0 ? null : baseFailed / baseSubmits;
            var subject = $"{Subject(focus)} method={method}";
            var errorSuspect = curSubmits >= MinSubmissions && curRate >= 0.2 && (baseRate is null || curRate >= 2 * baseRate);
            checks.Add(new DiagnosisCheck("payment_error_rate", subject, errorSuspect ? DiagnosisCheck.Suspect : DiagnosisCheck.Ok, curRate, baseRate,
                string.Create(CultureInfo.InvariantCulture, $"{curFailed} of {curSubmits} submissions without a purchase (baseline {baseFailed:0.#} of {baseSubmits:0.#})")));
            var vanished = baseShare is { } b && baseSubmits >= MinSubmissions / 2.0 && curShare < b / 2;
            checks.Add(new DiagnosisCheck("payment_method_availability", subject, vanished ? DiagnosisCheck.Suspect : DiagnosisCheck.Ok, curShare, baseShare,
                string.Create(CultureInfo.InvariantCulture, $"share of submissions {curShare:P1} (baseline {baseShare ?? 0:P1})")));
        }
        return checks;
    }

    private DiagnosisCheck PageLoad(BaselineWindows windows, DiagnosisExplanation? focus)
    {
        var (with, parameters) = Window(windows, focus);
        var sql = with + """
            SELECT count(*) FILTER (WHERE p = 0),
                   quantile_cont(page_load_ms, 0.5) FILTER (WHERE p = 0), quantile_cont(page_load_ms, 0.9) FILTER (WHERE p = 0),
                   quantile_cont(page_load_ms, 0.5) FILTER (WHERE p > 0), quantile_cont(page_load_ms, 0.9) FILTER (WHERE p > 0)
            FROM ev WHERE type = 'page_view' AND page_type = 'payment' AND page_load_ms IS NOT NULL
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        reader.Read();
        var views = reader.GetInt64(0);
        var p50 = AnalyticsCommand.NullableDouble(reader, 1);
        var p90 = AnalyticsCommand.NullableDouble(reader, 2);
        var baseP50 = AnalyticsCommand.NullableDouble(reader, 3);
        var baseP90 = AnalyticsCommand.NullableDouble(reader, 4);
        var slow = views >= MinPageViews && p90 is { } now && baseP90 is { } then && now > 1.5 * then;
        return new DiagnosisCheck("payment_page_load_p90_ms", Subject(focus), slow ? DiagnosisCheck.Suspect : DiagnosisCheck.Ok, p90, baseP90,
            string.Create(CultureInfo.InvariantCulture, $"{views} payment page views; p50 {p50:0} ms (baseline {baseP50:0} ms), p90 {p90:0} ms (baseline {baseP90:0} ms)"));
    }
}
