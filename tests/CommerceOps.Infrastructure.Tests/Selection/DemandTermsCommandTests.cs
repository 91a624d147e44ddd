using CommerceOps.Cli;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Tests.Selection;

/// <summary><c>demand terms</c> writes the /demand page's terms: merged spellings, weeks, growth, few-result and rising flags, in group order.</summary>
public sealed class DemandTermsCommandTests : IDisposable
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly TempFiles _files = new();

    [Fact]
    public async Task The_terms_file_has_one_row_per_normalised_term_of_the_period_in_group_order()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(_files.Directory, "data");
        Directory.CreateDirectory(data);
        // Period 2026-03-02 … 03-15 (China time): last week 03-02 … 03-08, this week 03-09 … 03-15.
        using (var analytics = new AnalyticsStore(StorageOptions.Resolve(data, null)))
        {
            Search(analytics, "帐篷", 0, 10, 11, 12);
            Search(analytics, "帳篷 ", 0, 3);                 // traditional spelling, trimmed: the same term
            Search(analytics, "帐篷", 0, 1);                  // 03-01: before the period
            Search(analytics, "露营灯", 12, 14, 15);           // new this week
            Search(analytics, "Camping Chair", 5, 4, 5);      // last week only
        }
        var output = Path.Combine(_files.Directory, "terms.csv");
        var error = new StringWriter();

        var code = await CommerceOpsCli.RunAsync(["--data", data, "demand", "terms", "--from", "2026-03-02", "--to", "2026-03-15",
            "--min-searches", "2", "--out", output], TextWriter.Null, error, ct);
        var refused = await CommerceOpsCli.RunAsync(["--data", data, "demand", "terms", "--from", "2026-03-16", "--to", "2026-03-15",
            "--out", output + ".x"], TextWriter.Null, TextWriter.Null, ct);

        Assert.True(code == ExitCodes.Ok, error.ToString());
        Assert.Equal(
        [
            "term,group,spellings,searches,this_week,last_week,growth,max_results,few_results,rising",
            "帐篷,帐篷,帐篷|帳篷,4,3,1,2,0,true,true",
            "campingchair,campingchair,Camping Chair,2,0,2,-1,5,false,false",
            "露营灯,露营灯,露营灯,2,2,0,,12,false,true",
        ], File.ReadAllLines(output));
        Assert.Equal(ExitCodes.BadInput, refused);
    }

    /// <summary>One search event at China noon of each March 2026 day given, returning <paramref name="results"/> results.</summary>
    private static void Search(AnalyticsStore analytics, string query, int results, params int[] days)
    {
        using var connection = analytics.OpenConnection();
        foreach (var day in days)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO behaviour_events (event_id, occurred_at, type, session_id, channel, properties)
                VALUES (uuid(), to_timestamp($1), 'search', 's-1', 'organic', json_object('query', $2, 'result_count', $3))
                """;
            command.Parameters.Add(new DuckDBParameter(new DateTimeOffset(2026, 3, day, 12, 0, 0, China).ToUnixTimeSeconds()));
            command.Parameters.Add(new DuckDBParameter(query));
            command.Parameters.Add(new DuckDBParameter(results));
            command.ExecuteNonQuery();
        }
    }

    public void Dispose() => _files.Dispose();
}
