using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Marketing;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// A campaign's audience as of a date, in one DuckDB query over the order facts: the RFM measures of
/// <see cref="RfmSql"/> filtered by segment, stage or rule, optionally restricted to the trigger's candidates.
/// A candidate without any order (a first visitor) has no RFM row and counts as stage <c>new</c>.
/// Stage and rule audiences read the measures only; a segment needs the scores (three window functions).
/// </summary>
public sealed class CampaignAudienceQuery(AnalyticsStore store)
{
    private static readonly string[] InterestEvents = [BehaviourEventTypes.ProductView, BehaviourEventTypes.Favorite, BehaviourEventTypes.AddToCart];

    public List<string> Members(CampaignAudience audience, RfmAsOf asOf, AudienceCandidates candidates, LifecycleThresholds stages)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        var parameters = new List<object> { asOf.CutoffUnixSeconds }; // DuckDB wants every parameter it is given to be used
        string Parameter(object value)
        {
            parameters.Add(value);
            return "$" + parameters.Count;
        }

        var rfm = audience is CampaignAudience.Segment ? "rfm_scored_a" : "rfm_measured_a";
        var filter = audience switch
        {
            CampaignAudience.Segment s => $"{RfmSql.SegmentOf("r", "f")} = {Parameter(s.Key)}",
            CampaignAudience.Stage s => $"(CASE WHEN recency_days IS NULL THEN '{LifecycleStages.New}' ELSE {RfmSql.StageOf(Parameter(stages.NewWithinDays), Parameter(stages.DormantAfterDays), Parameter(stages.LostAfterDays))} END) = {Parameter(s.Key)}",
            CampaignAudience.Rule r => $"recency_days BETWEEN {Parameter((long)(r.MinRecencyDays ?? 0))} AND {Parameter(r.MaxRecencyDays ?? long.MaxValue)}"
                + $" AND frequency >= {Parameter((long)(r.MinFrequency ?? 1))} AND monetary >= {Parameter(r.MinMonetary ?? -999_999_999_999m)}",
            _ => throw new ArgumentOutOfRangeException(nameof(audience)),
        };
        string? candidateSql = null;
        switch (candidates)
        {
            case AudienceCandidates.LastOrderDaysAgo days:
                filter += $" AND recency_days = {Parameter((long)days.Days)}";
                break;
            case AudienceCandidates.FirstVisitBetween visit:
                candidateSql = $"""
                    SELECT customer_id FROM behaviour_events WHERE customer_id IS NOT NULL
                    GROUP BY customer_id
                    HAVING min(occurred_at) >= to_timestamp({Parameter(visit.From.ToUnixTimeMilliseconds() / 1000.0)})
                       AND min(occurred_at) < to_timestamp({Parameter(visit.To.ToUnixTimeMilliseconds() / 1000.0)})
                    """;
                break;
            case AudienceCandidates.InterestedIn interest:
                LoadSkuEvents(connection, interest.Events);
                candidateSql = $"""
                    SELECT DISTINCT e.customer_id FROM behaviour_events e JOIN campaign_sku_events s ON e.sku = s.sku
                    WHERE e.customer_id IS NOT NULL AND e.type IN ({string.Join(", ", InterestEvents.Select(t => $"'{t}'"))})
                      AND epoch_us(e.occurred_at) < s.at_us
                      AND epoch_us(e.occurred_at) >= s.at_us - {AudienceCandidates.InterestedIn.LookbackDays}::BIGINT * 86400000000
                    """;
                break;
        }

        command.CommandText = candidateSql is null
            ? $"""
              WITH {RfmSql.ScoredCtes("a", "$1")}
              SELECT customer_id FROM {rfm} WHERE {filter}
              """
            : $"""
              WITH {RfmSql.ScoredCtes("a", "$1")}, candidates AS ({candidateSql})
              SELECT c.customer_id FROM candidates c LEFT JOIN {rfm} m ON m.customer_id = c.customer_id WHERE {filter}
              """;
        foreach (var value in parameters) command.Parameters.Add(new DuckDBParameter(value));
        var members = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) members.Add(reader.GetString(0));
        return members;
    }

    private static void LoadSkuEvents(DuckDBConnection connection, IReadOnlyList<SkuEvent> events)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TEMP TABLE campaign_sku_events (sku VARCHAR NOT NULL, at_us BIGINT NOT NULL)";
            create.ExecuteNonQuery();
        }
        using var appender = connection.CreateAppender("campaign_sku_events");
        foreach (var e in events)
            appender.CreateRow().AppendValue(e.Sku).AppendValue(e.At.ToUnixTimeMilliseconds() * 1000).EndRow();
    }
}
