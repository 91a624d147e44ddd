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
/// Each kind computes only what it filters on, in one grouped scan: a stage the recency and tenure of non-cancelled
/// orders, a rule also monetary (which counts cancellation documents), a segment recency and frequency and from them
/// the R and F scores by their cuts (<see cref="RfmScoreCuts"/>) instead of ranking every customer.
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

        var (ctes, rfm) = audience switch
        {
            CampaignAudience.Segment => (RfmScoreCuts.ScoredCtes("a", "$1"), "rfm_scored_a"),
            CampaignAudience.Stage => (RfmSql.OrderedCte("a", "$1"), "rfm_ordered_a"),
            _ => (RfmSql.MeasuredCte("a", "$1"), "rfm_measured_a"),
        };
        var filter = audience switch
        {
            CampaignAudience.Segment s => ScoreRanges(RfmSegments.Rules.Single(rule => rule.Segment == s.Key), Parameter),
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
              WITH {ctes}
              SELECT customer_id FROM {rfm} WHERE {filter}
              """
            : $"""
              WITH {ctes}, candidates AS ({candidateSql})
              SELECT c.customer_id FROM candidates c LEFT JOIN {rfm} m ON m.customer_id = c.customer_id WHERE {filter}
              """;
        foreach (var value in parameters) command.Parameters.Add(new DuckDBParameter(value));
        var members = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) members.Add(reader.GetString(0));
        return members;
    }

    /// <summary>
    /// The segment as its R and F ranges rather than the CASE over every segment: DuckDB inlines the score expressions
    /// into the filter, once per use, so the CASE evaluated them some twenty times per customer.
    /// </summary>
    private static string ScoreRanges(RfmSegmentRule rule, Func<object, string> parameter) =>
        $"r BETWEEN {parameter(rule.RecencyFrom)} AND {parameter(rule.RecencyTo)} AND f BETWEEN {parameter(rule.FrequencyFrom)} AND {parameter(rule.FrequencyTo)}";

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
