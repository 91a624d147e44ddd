using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// Conversion and GMV per recipient against the holdout. The groups come from the send records; the orders after
/// each customer's send (or holdout decision) are counted by DuckDB over <c>fact_orders</c>.
/// </summary>
public sealed class CampaignResultsQuery(CommerceDbContext db, AnalyticsStore store)
{
    public const int DefaultWindowDays = 14;

    public async Task<CampaignResults> ForAsync(long campaignId, int windowDays, CancellationToken ct)
    {
        var outcomes = (await db.CampaignSends.AsNoTracking().Where(s => s.CampaignId == campaignId)
                .GroupBy(s => s.Outcome).Select(g => new { Outcome = g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Outcome, g => g.Count);
        var measured = (await db.CampaignSends.AsNoTracking()
                .Where(s => s.CampaignId == campaignId && (s.Outcome == SendOutcome.Send || s.Outcome == SendOutcome.Holdout))
                .Select(s => new { s.CustomerCode, s.Outcome, s.SentAt, s.DecidedAt })
                .ToListAsync(ct))
            .Select(s => new Member(s.CustomerCode, s.Outcome == SendOutcome.Holdout, s.SentAt ?? s.DecidedAt))
            .GroupBy(m => m.CustomerCode).Select(g => g.MinBy(m => m.Since)!)
            .ToList();
        var results = Measure(measured, windowDays);
        var treated = results.Where(r => !r.Holdout).Select(r => r.Result).ToList();
        var held = results.Where(r => r.Holdout).Select(r => r.Result).ToList();
        return new CampaignResults(campaignId, windowDays, outcomes,
            treated.Count, treated.Count(r => r.Converted), treated.Sum(r => r.Gmv), held.Count, held.Count(r => r.Converted), held.Sum(r => r.Gmv),
            treated.Count >= 2 && held.Count >= 2 ? CampaignUplift.Compute(treated, held) : null);
    }

    private sealed record Member(string CustomerCode, bool Holdout, DateTimeOffset Since);

    private List<(bool Holdout, CustomerResult Result)> Measure(List<Member> members, int windowDays)
    {
        using var connection = store.OpenConnection();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TEMP TABLE campaign_members (customer_code VARCHAR NOT NULL, holdout BOOLEAN NOT NULL, since_us BIGINT NOT NULL)";
            create.ExecuteNonQuery();
        }
        using (var appender = connection.CreateAppender("campaign_members"))
        {
            foreach (var m in members)
                appender.CreateRow().AppendValue(m.CustomerCode).AppendValue(m.Holdout).AppendValue(m.Since.ToUnixTimeMilliseconds() * 1000).EndRow();
        }
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.holdout, count(o.order_number) > 0 AS converted, coalesce(sum(o.total), 0) AS gmv
            FROM campaign_members m
            LEFT JOIN fact_orders o ON o.customer_code = m.customer_code AND o.status <> $1
                 AND epoch_us(o.placed_at) >= m.since_us AND epoch_us(o.placed_at) < m.since_us + $2 * 86400000000
            GROUP BY m.customer_code, m.holdout
            """;
        command.Parameters.Add(new DuckDBParameter(OrderStatus.Cancelled.ToWire()));
        command.Parameters.Add(new DuckDBParameter((long)windowDays));
        var results = new List<(bool, CustomerResult)>(members.Count);
        using var reader = command.ExecuteReader();
        while (reader.Read()) results.Add((reader.GetBoolean(0), new CustomerResult(reader.GetBoolean(1), reader.GetDecimal(2))));
        return results;
    }
}
