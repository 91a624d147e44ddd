using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Service.Tickets;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Service;

/// <summary>
/// Raises an alert into the inbox for every open ticket past its first-response (yellow) or resolution (red) deadline,
/// and closes the alerts of tickets that are no longer late. Key: the ticket reference; source: service-desk.
/// </summary>
public sealed class TicketSlaMonitor(CommerceDbContext db, UnitOfWork uow, IAlertInbox inbox, TimeProvider time)
{
    public const string Source = "service-desk";

    /// <summary>How many open tickets are late now.</summary>
    public Task<int> CheckAsync(CancellationToken ct) => uow.RunAsync(async ct =>
    {
        var now = time.GetUtcNow();
        var sla = TicketSla.Default;
        var firstResponseDue = now - sla.FirstResponse;
        var resolutionDue = now - sla.Resolution;
        var late = await db.Tickets.AsNoTracking()
            .Where(t => (t.Status == TicketStatus.New && t.CreatedAt < firstResponseDue) || (t.Status == TicketStatus.InProgress && t.CreatedAt < resolutionDue))
            .Select(t => new { t.Id, t.Status, t.Subject })
            .ToListAsync(ct);
        foreach (var t in late)
        {
            var reference = Ticket.ReferenceOf(t.Id);
            var notice = t.Status == TicketStatus.New
                ? new AlertNotice(Source, reference, AlertLevel.Yellow, $"{reference} 超过 1 分钟未首次响应 / no first response within 1 minute", t.Subject, $"/service-desk?ticket={t.Id}")
                : new AlertNotice(Source, reference, AlertLevel.Red, $"{reference} 超过 24 小时未解决 / not resolved within 24 hours", t.Subject, $"/service-desk?ticket={t.Id}");
            await inbox.RaiseAsync(notice, ct);
        }
        var lateRefs = late.Select(t => Ticket.ReferenceOf(t.Id)).ToHashSet();
        var stale = await db.Alerts.AsNoTracking().Where(a => a.Source == Source && a.Status != AlertStatus.Closed).Select(a => a.Key).ToListAsync(ct);
        foreach (var key in stale.Where(k => !lateRefs.Contains(k))) await inbox.ResolveAsync(Source, key, ct);
        return late.Count;
    }, ct);
}
