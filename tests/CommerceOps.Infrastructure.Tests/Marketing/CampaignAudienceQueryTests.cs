using System.Globalization;
using CommerceOps.Domain.Marketing;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Marketing.Campaigns;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Tests.Marketing;

/// <summary>
/// The audience query computes only what each audience kind needs, and a segment's R and F scores from their cuts
/// rather than by ranking every customer. Its members must be exactly the customers <see cref="RfmQuery.Customers"/>
/// (the definition as written: ROW_NUMBER over all measures) puts in that segment, stage or rule — checked on generated
/// order facts with many ties in recency and frequency, cancellations, cancellation documents with negative totals,
/// ids whose ordinal order differs from a culture's, and customer counts below, at and around the five score bands.
/// </summary>
public sealed class CampaignAudienceQueryTests
{
    private static readonly RfmAsOf AsOf = RfmAsOf.Utc(new DateOnly(2026, 6, 1));
    private static readonly LifecycleThresholds Stages = new(20, 40, 70);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 5)]
    [InlineData(13, 6)]
    [InlineData(251, 7)]
    [InlineData(1000, 8)]
    public async Task Every_audience_has_the_members_the_rfm_definition_gives(int customers, int seed)
    {
        await using var store = await TestStore.CreateAsync();
        await WriteFactsAsync(store, customers, seed);
        var definition = new RfmQuery(store.Analytics).Customers(AsOf, Stages).ToList();
        var query = new CampaignAudienceQuery(store.Analytics);
        Assert.NotEmpty(definition);

        foreach (var segment in RfmSegments.All)
            AssertSameMembers(definition.Where(c => c.Segment == segment), query.Members(CampaignAudience.OfSegment(segment), AsOf, new AudienceCandidates.Everyone(), Stages));
        foreach (var stage in LifecycleStages.All)
            AssertSameMembers(definition.Where(c => c.Stage == stage), query.Members(CampaignAudience.OfStage(stage), AsOf, new AudienceCandidates.Everyone(), Stages));
        AssertSameMembers(definition.Where(c => c.RecencyDays is >= 10 and <= 60 && c.Frequency >= 2 && c.Monetary >= 50m),
            query.Members(CampaignAudience.OfRule(10, 60, 2, 50m), AsOf, new AudienceCandidates.Everyone(), Stages));
        AssertSameMembers(definition.Where(c => c.RecencyDays <= 30),
            query.Members(CampaignAudience.OfRule(null, 30, null, null), AsOf, new AudienceCandidates.Everyone(), Stages));
        var middle = definition[definition.Count / 2];
        AssertSameMembers(definition.Where(c => c.RecencyDays == middle.RecencyDays && c.Segment == middle.Segment),
            query.Members(CampaignAudience.OfSegment(middle.Segment), AsOf, new AudienceCandidates.LastOrderDaysAgo((int)middle.RecencyDays), Stages));
    }

    [Theory]
    [InlineData(1, 11)]
    [InlineData(2, 12)]
    [InlineData(5, 13)]
    [InlineData(6, 14)]
    [InlineData(13, 15)]
    [InlineData(251, 16)]
    public async Task One_customers_segment_from_the_cuts_is_the_segment_the_rfm_definition_gives(int customers, int seed)
    {
        await using var store = await TestStore.CreateAsync();
        await WriteFactsAsync(store, customers, seed);
        var query = new RfmQuery(store.Analytics);
        var definition = query.Customers(AsOf, Stages).ToList();
        Assert.NotEmpty(definition);

        Assert.All(definition, c => Assert.Equal(c.Segment, query.SegmentOf(AsOf, c.CustomerId)));
        Assert.Null(query.SegmentOf(AsOf, "late"));     // only an order after the as-of date
        Assert.Null(query.SegmentOf(AsOf, "nobody"));
    }

    [Fact]
    public void Score_cuts_fall_where_the_ranking_changes_score()
    {
        // Position p of n scores 1 + floor(5p / n); the cuts are the first positions of scores 2..5.
        foreach (var n in new[] { 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 999, 1000, 1001 })
        {
            var cuts = Enumerable.Range(1, 4).Select(s => (s * n + 4) / 5).ToList();
            for (var p = 0; p < n; p++)
                Assert.Equal(1 + 5 * p / n, 1 + cuts.Count(c => p >= c));
        }
    }

    private static void AssertSameMembers(IEnumerable<RfmCustomer> expected, List<string> actual) =>
        Assert.Equal(expected.Select(c => c.CustomerId).Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

    /// <summary>Customer k: 1–4 orders on a few distinct days (so recency and frequency tie a lot); some cancelled, some reversed by a negative document.</summary>
    private static async Task WriteFactsAsync(TestStore store, int customers, int seed)
    {
        var random = new Random(seed);
        string[] prefixes = ["C", "c", "B", "b-", "Z", "_", "ä", "中"];
        var ids = Enumerable.Range(0, customers).Select(k => prefixes[random.Next(prefixes.Length)] + k.ToString(CultureInfo.InvariantCulture)).ToList();
        await store.Analytics.WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction();
            var order = 0;
            foreach (var id in ids)
            {
                var orders = 1 + random.Next(4);
                for (var o = 0; o < orders; o++)
                {
                    var daysAgo = random.Next(12) * 9 + (random.Next(3) == 0 ? 0.5 : 0.1);
                    var total = Math.Round((decimal)random.NextDouble() * 80m, 2);
                    var status = random.Next(6) == 0 ? "cancelled" : "completed";
                    Insert(connection, $"O{order++}", id, total, status, daysAgo);
                    if (status == "completed" && random.Next(8) == 0) Insert(connection, $"O{order++}", id, -total, "cancelled", daysAgo / 2);
                }
            }
            Insert(connection, $"O{order++}", "late", 10m, "completed", -1); // after the as-of date
            transaction.Commit();
            return true;
        }, TestContext.Current.CancellationToken);
    }

    private static void Insert(DuckDBConnection connection, string orderNumber, string customer, decimal total, string status, double daysAgo)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO fact_orders (order_number, customer_code, channel, payment_method, currency, total, line_count, status, source, placed_at)
            VALUES ($1, $2, 'organic', 'quick_pay', 'CNY', $3, 1, $4, 'test', to_timestamp($5))
            """;
        command.Parameters.Add(new DuckDBParameter(orderNumber));
        command.Parameters.Add(new DuckDBParameter(customer));
        command.Parameters.Add(new DuckDBParameter(total));
        command.Parameters.Add(new DuckDBParameter(status));
        command.Parameters.Add(new DuckDBParameter(AsOf.CutoffUnixSeconds - daysAgo * 86400));
        command.ExecuteNonQuery();
    }
}
