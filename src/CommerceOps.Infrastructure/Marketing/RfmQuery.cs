using CommerceOps.Domain.Marketing;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>RFM as of a date, computed by DuckDB over the analytics store (see <see cref="RfmSql"/> for the definition).</summary>
public sealed class RfmQuery(AnalyticsStore store)
{
    /// <summary>Every customer's measures, scores, segment and stage, ordered by customer id (ordinal). Streams rows.</summary>
    public IEnumerable<RfmCustomer> Customers(RfmAsOf asOf, LifecycleThresholds stages)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH {RfmSql.ScoredCtes("asof", "$1")}
            SELECT customer_id, recency_days, frequency, monetary, r, f, m,
                   {RfmSql.SegmentOf("r", "f")} AS segment, tenure_days, {RfmSql.StageOf("$2", "$3", "$4")} AS stage
            FROM rfm_scored_asof
            ORDER BY customer_id
            """;
        AddParameters(command, asOf.CutoffUnixSeconds, stages.NewWithinDays, stages.DormantAfterDays, stages.LostAfterDays);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new RfmCustomer(
                reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDecimal(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetString(7), reader.GetInt64(8), reader.GetString(9));
        }
    }

    /// <summary>Segment sizes and value, stages and the R×F grid, from one grouped query.</summary>
    public RfmOverview Overview(RfmAsOf asOf, LifecycleThresholds stages)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH {RfmSql.ScoredCtes("asof", "$1")}
            SELECT r, f, {RfmSql.SegmentOf("r", "f")} AS segment, {RfmSql.StageOf("$2", "$3", "$4")} AS stage,
                   count(*) AS customers, sum(monetary) AS monetary, CAST(sum(recency_days) AS BIGINT) AS recency_total, CAST(sum(frequency) AS BIGINT) AS frequency_total
            FROM rfm_scored_asof
            GROUP BY ALL
            """;
        AddParameters(command, asOf.CutoffUnixSeconds, stages.NewWithinDays, stages.DormantAfterDays, stages.LostAfterDays);
        var groups = new List<RfmGroup>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            groups.Add(new RfmGroup(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
                reader.GetInt64(4), reader.GetDecimal(5), reader.GetInt64(6), reader.GetInt64(7)));
        }
        return RfmOverview.From(asOf, groups);
    }

    /// <summary>The movement matrix: customers counted by (segment at <paramref name="from"/>, segment at <paramref name="to"/>).</summary>
    public IReadOnlyList<SegmentMove> Movement(RfmAsOf from, RfmAsOf to)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH {RfmSql.ScoredCtes("from", "$1")},
                 {RfmSql.ScoredCtes("to", "$2")}
            SELECT {RfmSql.SegmentOf("a.r", "a.f")} AS from_segment, {RfmSql.SegmentOf("b.r", "b.f")} AS to_segment, count(*) AS customers
            FROM rfm_scored_from a FULL OUTER JOIN rfm_scored_to b ON a.customer_id = b.customer_id
            GROUP BY ALL
            ORDER BY from_segment NULLS FIRST, to_segment NULLS FIRST
            """;
        AddParameters(command, from.CutoffUnixSeconds, to.CutoffUnixSeconds);
        var moves = new List<SegmentMove>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            moves.Add(new SegmentMove(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2)));
        return moves;
    }

    /// <summary>
    /// One customer's segment as of a date (null when they have no order before it): the service desk shows it beside a
    /// ticket, voting checks it. On the hot path, so the R and F scores come from their cuts (<see cref="RfmScoreCuts"/>)
    /// rather than from ranking every customer; the segment is the one <see cref="Customers"/> gives.
    /// </summary>
    public string? SegmentOf(RfmAsOf asOf, string customerCode)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH {RfmScoreCuts.ScoredCtes("one", "$1")}
            SELECT {RfmSql.SegmentOf("r", "f")} FROM rfm_scored_one WHERE customer_id = $2
            """;
        AddParameters(command, asOf.CutoffUnixSeconds, customerCode);
        return command.ExecuteScalar() as string;
    }

    /// <summary>When the newest order in the analytics store was placed (null when there is none): how fresh the segments are.</summary>
    public DateTimeOffset? LatestOrderAt()
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        // Epoch seconds, so the instant does not depend on DuckDB's session time zone or its timestamp type.
        command.CommandText = "SELECT CAST(epoch(max(placed_at)) AS BIGINT) FROM fact_orders";
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : DateTimeOffset.FromUnixTimeSeconds(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void AddParameters(DuckDBCommand command, params object[] values)
    {
        foreach (var value in values) command.Parameters.Add(new DuckDBParameter(value));
    }
}
