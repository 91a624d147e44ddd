using CommerceOps.Domain.AfterSales;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>The returns work queue: open requests first, by deadline, then the most recent decided ones; and its totals.</summary>
public sealed class ReturnQueue(CommerceDbContext db)
{
    public async Task<IReadOnlyList<ReturnRequest>> ListAsync(ReturnStatus? status, int limit, CancellationToken ct)
    {
        var query = db.ReturnRequests.AsNoTracking().Include(r => r.Lines).Include(r => r.Evidence).AsSplitQuery();
        if (status is { } s) query = query.Where(r => r.Status == s);
        var open = await query.Where(r => r.Status == ReturnStatus.Open).OrderBy(r => r.ResolveBy).Take(limit).ToListAsync(ct);
        if (open.Count >= limit || status == ReturnStatus.Open) return open;
        var decided = await query.Where(r => r.Status != ReturnStatus.Open).OrderByDescending(r => r.CreatedAt).Take(limit - open.Count).ToListAsync(ct);
        return [.. open, .. decided];
    }

    public Task<ReturnRequest?> FindAsync(string number, CancellationToken ct) =>
        db.ReturnRequests.AsNoTracking().Include(r => r.Lines).Include(r => r.Evidence).AsSplitQuery().SingleOrDefaultAsync(r => r.Number == number, ct);

    /// <summary>Totals over every request, counted in the store; the refunded amount is money actually paid back.</summary>
    public async Task<ReturnTotals> TotalsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var all = db.ReturnRequests.AsNoTracking();
        var refunded = all.Where(r => r.Status == ReturnStatus.Refunded);
        return new ReturnTotals(
            await all.CountAsync(ct),
            await all.CountAsync(r => r.Status == ReturnStatus.Open, ct),
            await all.CountAsync(r => (r.Status == ReturnStatus.Open && r.ResolveBy < now) || r.DecidedAt > r.ResolveBy, ct),
            await refunded.CountAsync(ct),
            await refunded.CountAsync(r => r.RuleAction != ReturnRuleAction.ToAgent, ct),
            // SQLite cannot sum decimals in SQL (they are stored as text), so the refunded amounts are added here.
            (await refunded.Select(r => r.RefundAmount).ToListAsync(ct)).Sum());
    }

    public async Task<IReadOnlyList<RuleCount>> ByRuleAsync(CancellationToken ct)
    {
        var rows = await db.ReturnRequests.AsNoTracking().Select(r => new { r.RuleId, r.Status, r.RefundAmount }).ToListAsync(ct);
        return [.. rows.GroupBy(r => r.RuleId)
            .Select(g => new RuleCount(g.Key, g.Count(), g.Count(r => r.Status == ReturnStatus.Refunded),
                g.Where(r => r.Status == ReturnStatus.Refunded).Sum(r => r.RefundAmount)))
            .OrderByDescending(c => c.Requests).ThenBy(c => c.RuleId, StringComparer.Ordinal)];
    }
}

/// <summary>Requests per rule that decided them (the fallback "to-agent" included), with the refunds they led to.</summary>
public sealed record RuleCount(string RuleId, int Requests, int Refunds, decimal RefundedAmount);

/// <param name="SlaBreaches">Open past the deadline, plus decided after it.</param>
/// <param name="AutomaticRefunds">Refunds a rule decided without an agent.</param>
public sealed record ReturnTotals(int Requests, int Open, int SlaBreaches, int Refunds, int AutomaticRefunds, decimal RefundedAmount);
