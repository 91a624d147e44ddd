using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// The pre-sales and demand pages' known numbers, computed with SQL of its own straight from the files before the server
/// takes them: units deposited on the open demo pre-sale, votes for the first demo candidate, and searches of 帐篷 in
/// every spelling the demo types (帐篷, 帳篷, "帐篷 ") over the 28 China-time days ending <see cref="To"/>.
/// </summary>
public sealed record DemoSelectionNumbers(int OpenPreSaleUnits, int FirstCandidateVotes, DateOnly To, long TentSearches)
{
    public const string OpenPreSale = "PS-DEMO-1";
    public const string FirstCandidate = "CP-DEMO-1";

    public static DemoSelectionNumbers Read(string sqlitePath, string analyticsPath, DateTimeOffset now)
    {
        using var sqlite = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        sqlite.Open();
        using var units = sqlite.CreateCommand();
        units.CommandText = "SELECT sum(d.quantity) FROM presale_deposits d JOIN presale_campaigns c ON c.id = d.campaign_id WHERE c.code = $code";
        units.Parameters.AddWithValue("$code", OpenPreSale);
        var deposited = Convert.ToInt32(units.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using var votes = sqlite.CreateCommand();
        votes.CommandText = "SELECT count(*) FROM candidate_votes v JOIN candidate_products p ON p.id = v.candidate_id WHERE p.code = $code";
        votes.Parameters.AddWithValue("$code", FirstCandidate);
        var voteCount = Convert.ToInt32(votes.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

        var to = DateOnly.FromDateTime(now.ToOffset(ConsoleFixture.Shanghai).DateTime);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ConsoleFixture.Shanghai);
        using var duck = new DuckDBConnection($"Data Source={analyticsPath}");
        duck.Open();
        using var searches = duck.CreateCommand();
        searches.CommandText = """
            SELECT count(*) FROM behaviour_events
            WHERE type = 'search' AND json_extract_string(properties, '$.query') IN ('帐篷', '帳篷', '帐篷 ')
              AND epoch(occurred_at) >= $1 AND epoch(occurred_at) < $2
            """;
        searches.Parameters.Add(new DuckDBParameter(end.AddDays(-28).ToUnixTimeSeconds()));
        searches.Parameters.Add(new DuckDBParameter(end.ToUnixTimeSeconds()));
        return new DemoSelectionNumbers(deposited, voteCount, to, Convert.ToInt64(searches.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
