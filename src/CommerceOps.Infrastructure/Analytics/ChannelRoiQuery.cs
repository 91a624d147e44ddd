using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>Channel ROI: GMV of the channel's orders (not cancelled) / the spend imported for it over the same China-time days.</summary>
public sealed class ChannelRoiQuery(AnalyticsStore store)
{
    public IReadOnlyList<ChannelRoiRow> Run(AnalyticsPeriod period)
    {
        const string sql = """
            WITH g AS (
                SELECT channel, sum(total) AS gmv FROM fact_orders
                WHERE placed_at >= make_timestamptz($from) AND placed_at < make_timestamptz($to) AND status <> 'cancelled'
                GROUP BY channel
            ),
            s AS (
                SELECT channel, sum(spend) AS spend FROM marketing_spend
                WHERE spend_date >= $first_day::DATE AND spend_date < $end_day::DATE GROUP BY channel
            )
            SELECT channel, COALESCE(g.gmv, 0)::DECIMAL(18,2), COALESCE(s.spend, 0)::DECIMAL(18,2) FROM g FULL JOIN s USING (channel) ORDER BY channel
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, new Dictionary<string, object?>
        {
            ["from"] = AnalyticsCommand.Micros(period.From),
            ["to"] = AnalyticsCommand.Micros(period.To),
            ["first_day"] = ChinaDay(period.From),
            ["end_day"] = ChinaDay(period.To),
        });
        using var reader = command.ExecuteReader();
        var rows = new List<ChannelRoiRow>();
        while (reader.Read()) rows.Add(new ChannelRoiRow(reader.GetString(0), reader.GetDecimal(1), reader.GetDecimal(2)));
        return rows;
    }

    private static string ChinaDay(DateTimeOffset at) =>
        at.ToOffset(AnalyticsPeriod.ChinaOffset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record ChannelRoiRow(string Channel, decimal Gmv, decimal Spend)
{
    /// <summary>GMV / spend; null for a channel without spend (organic traffic is not bought).</summary>
    public decimal? Roi => Spend == 0 ? null : Math.Round(Gmv / Spend, 4);
}
