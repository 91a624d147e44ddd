using CommerceOps.Domain.Service.Tickets;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Service;

/// <summary>
/// The service KPIs over tickets created in [from, to): first response (average seconds, share within the 1-minute SLA),
/// resolution (average hours, share within 24 hours), satisfaction (average of 1–5 ratings). Aggregated by the database
/// over the seconds each ticket stores. The automatic-refund share needs the returns and refunds of the after-sales
/// area; until they exist in this store it is reported as not available (null), not as zero.
/// </summary>
public sealed class ServiceKpiQuery(CommerceDbContext db)
{
    public async Task<ServiceKpis> ComputeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var sla = TicketSla.Default;
        var firstResponseLimit = (int)sla.FirstResponse.TotalSeconds;
        var resolutionLimit = (int)sla.Resolution.TotalSeconds;
        var row = await db.Tickets.AsNoTracking()
            .Where(t => t.CreatedAt >= from && t.CreatedAt < to)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Tickets = g.Count(),
                Answered = g.Count(t => t.FirstResponseSeconds != null),
                FirstResponseTotal = g.Sum(t => (long?)t.FirstResponseSeconds) ?? 0,
                AnsweredInTime = g.Count(t => t.FirstResponseSeconds <= firstResponseLimit),
                Resolved = g.Count(t => t.ResolutionSeconds != null),
                ResolutionTotal = g.Sum(t => (long?)t.ResolutionSeconds) ?? 0,
                ResolvedInTime = g.Count(t => t.ResolutionSeconds <= resolutionLimit),
                Rated = g.Count(t => t.Satisfaction != null),
                SatisfactionTotal = g.Sum(t => (long?)t.Satisfaction) ?? 0,
            })
            .SingleOrDefaultAsync(ct);
        if (row is null) return new ServiceKpis(0, 0, null, null, 0, null, null, 0, null, null);
        return new ServiceKpis(
            row.Tickets,
            row.Answered,
            row.Answered == 0 ? null : Math.Round((double)row.FirstResponseTotal / row.Answered, 1),
            row.Answered == 0 ? null : Math.Round((double)row.AnsweredInTime / row.Answered, 4),
            row.Resolved,
            row.Resolved == 0 ? null : Math.Round(row.ResolutionTotal / 3600.0 / row.Resolved, 2),
            row.Resolved == 0 ? null : Math.Round((double)row.ResolvedInTime / row.Resolved, 4),
            row.Rated,
            row.Rated == 0 ? null : Math.Round((double)row.SatisfactionTotal / row.Rated, 2),
            AutomaticRefundShare: null);
    }
}

/// <summary>
/// FirstResponseWithinSla: answered within 60 s ÷ answered. ResolvedWithinSla: resolved within 24 h ÷ resolved.
/// Satisfaction: mean rating of rated tickets. AutomaticRefundShare: refunds decided by a rule ÷ all refunds (null: no refund data).
/// </summary>
public sealed record ServiceKpis(
    int Tickets, int Answered, double? FirstResponseSecondsAverage, double? FirstResponseWithinSla,
    int Resolved, double? ResolutionHoursAverage, double? ResolvedWithinSla,
    int Rated, double? SatisfactionAverage, double? AutomaticRefundShare);
