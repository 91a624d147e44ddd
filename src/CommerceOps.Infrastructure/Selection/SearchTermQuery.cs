using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Selection;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>
/// Search terms from the storefront's <c>search</c> behaviour events (properties <c>query</c> and
/// <c>result_count</c>), aggregated per term as typed by DuckDB: searches in the period, in this and last week, and the
/// most results any search of the term returned (a search without a readable result count counts as having results,
/// so it never makes a term look unmet).
/// </summary>
public sealed class SearchTermQuery(AnalyticsStore store)
{
    public IReadOnlyList<SearchTermCount> Terms(DemandRequest request)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH searches AS (
                SELECT trim(json_extract_string(properties, '$.query')) AS term,
                       coalesce(TRY_CAST(json_extract_string(properties, '$.result_count') AS BIGINT), 2147483647) AS results,
                       occurred_at
                FROM behaviour_events
                WHERE type = '{BehaviourEventTypes.Search}'
                  AND occurred_at >= to_timestamp(least($1, $3)) AND occurred_at < to_timestamp($2)
            )
            SELECT term,
                   count(*) FILTER (WHERE occurred_at >= to_timestamp($1)) AS searches,
                   count(*) FILTER (WHERE occurred_at >= to_timestamp($4)) AS this_week,
                   count(*) FILTER (WHERE occurred_at >= to_timestamp($3) AND occurred_at < to_timestamp($4)) AS last_week,
                   coalesce(max(results) FILTER (WHERE occurred_at >= to_timestamp($1)), 0) AS max_results
            FROM searches
            WHERE term IS NOT NULL AND term <> ''
            GROUP BY term
            ORDER BY term
            """;
        foreach (var at in (DateTimeOffset[])[request.Start, request.End, request.LastWeekStart, request.ThisWeekStart])
            command.Parameters.Add(new DuckDBParameter(at.ToUnixTimeSeconds()));
        var terms = new List<SearchTermCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            terms.Add(new SearchTermCount(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
        return terms;
    }
}
