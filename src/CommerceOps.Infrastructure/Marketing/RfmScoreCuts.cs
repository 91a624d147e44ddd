namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// An RFM score without ranking every customer. The score of the customer at 0-based position p of the ranking is
/// 1 + floor(5p / n), so it rises by one at the positions ceil(s·n / 5), s = 1..4: four "cuts". The customer at a cut is
/// found from the customers per measure value (a few hundred values for recency, a handful for frequency) and, inside
/// the one value group a cut falls in, the customer ids of that group in order; every customer's score is then
/// 1 + the number of cuts at or before it in (measure, customer id) order. Only the groups holding a cut are sorted,
/// not all n customers — the same scores as <c>1 + 5 * (row_number() OVER (ORDER BY measure, customer_id) - 1) // n</c>.
/// </summary>
internal static class RfmScoreCuts
{
    /// <summary>
    /// CTEs <c>rfm_ordered_{name}</c> (<see cref="RfmSql.OrderedCte"/>: the same customers and recency and frequency as
    /// the RFM definition), their score cuts, and <c>rfm_scored_{name}</c>: customer_id, recency_days, r, f as of the
    /// cutoff in parameter <paramref name="cutoff"/> — the R and F scores of <see cref="RfmSql.ScoredCtes"/> without
    /// ranking every customer.
    /// </summary>
    public static string ScoredCtes(string name, string cutoff) => $"""
        {RfmSql.OrderedCte(name, cutoff)},
        {Ctes($"rc_{name}", $"rfm_ordered_{name}", "recency_days", descending: true)},
        {Ctes($"fc_{name}", $"rfm_ordered_{name}", "frequency", descending: false)},
        rfm_scored_{name} AS (
            SELECT customer_id, recency_days,
                   {Score("rc", "recency_days", "customer_id", descending: true)} AS r,
                   {Score("fc", "frequency", "customer_id", descending: false)} AS f
            FROM rfm_ordered_{name}, rc_{name}_cuts rc, fc_{name}_cuts fc
        )
        """;

    /// <summary>
    /// CTEs <c>{name}_cuts</c> (one row: v1, id1 … v4, id4; null where n is too small for the cut to exist) over the
    /// customers of CTE <paramref name="source"/> (columns customer_id and <paramref name="measure"/>), ranked by the
    /// measure <paramref name="descending"/> or ascending, ties by customer id ascending (DuckDB compares VARCHAR
    /// bytewise: ordinal order).
    /// </summary>
    public static string Ctes(string name, string source, string measure, bool descending) => $"""
        {name}_values AS (
            SELECT {measure} AS v, count(*) AS size FROM {source} GROUP BY {measure}
        ),
        {name}_placed AS (
            SELECT v, size, sum(size) OVER (ORDER BY v {(descending ? "DESC" : "ASC")}) - size AS before FROM {name}_values
        ),
        {name}_at AS (
            SELECT s, p.v, t - p.before AS k
            FROM (SELECT s, (s * n + 4) // 5 AS t FROM range(1, 5) AS cut(s), (SELECT count(*) AS n FROM {source})) AS c
            JOIN {name}_placed p ON c.t >= p.before AND c.t < p.before + p.size
        ),
        {name}_first AS (
            SELECT a.s, a.v, g.customer_id AS id
            FROM {name}_at a
            JOIN (SELECT {measure} AS v, customer_id, row_number() OVER (PARTITION BY {measure} ORDER BY customer_id) - 1 AS k
                  FROM {source} WHERE {measure} IN (SELECT v FROM {name}_at)) g ON g.v = a.v AND g.k = a.k
        ),
        {name}_cuts AS (
            SELECT {string.Join(", ", Enumerable.Range(1, 4).Select(s => $"max(v) FILTER (WHERE s = {s}) AS v{s}, max(id) FILTER (WHERE s = {s}) AS id{s}"))}
            FROM {name}_first
        )
        """;

    /// <summary>The score of a row with <paramref name="measure"/> and <paramref name="customerId"/>, with the columns of <c>{name}_cuts</c> in scope as <c>{name}.v1</c>… .</summary>
    public static string Score(string name, string measure, string customerId, bool descending) =>
        "1" + string.Concat(Enumerable.Range(1, 4).Select(s =>
            $" + CAST(coalesce({measure} {(descending ? "<" : ">")} {name}.v{s} OR ({measure} = {name}.v{s} AND {customerId} >= {name}.id{s}), false) AS INTEGER)"));
}
