using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>Ad CTR = ad clicks / ad impressions per campaign and creative (the <c>creative</c> event property).</summary>
public sealed class AdClickThroughQuery(AnalyticsStore store)
{
    public IReadOnlyList<AdClickThroughRow> Run(AnalyticsPeriod period)
    {
        const string sql = """
            SELECT COALESCE(campaign, 'none') AS campaign, COALESCE(json_extract_string(properties, '$.creative'), 'none') AS creative,
                   count(*) FILTER (WHERE type = 'ad_impression') AS impressions, count(*) FILTER (WHERE type = 'ad_click') AS clicks
            FROM behaviour_events
            WHERE occurred_at >= make_timestamptz($from) AND occurred_at < make_timestamptz($to) AND type IN ('ad_impression', 'ad_click')
            GROUP BY ALL ORDER BY campaign, creative
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, new Dictionary<string, object?>
        {
            ["from"] = AnalyticsCommand.Micros(period.From),
            ["to"] = AnalyticsCommand.Micros(period.To),
        });
        using var reader = command.ExecuteReader();
        var rows = new List<AdClickThroughRow>();
        while (reader.Read()) rows.Add(new AdClickThroughRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        return rows;
    }
}

public sealed record AdClickThroughRow(string Campaign, string Creative, long Impressions, long Clicks)
{
    public double? ClickThroughRate => Impressions == 0 ? null : (double)Clicks / Impressions;
}
