using System.Globalization;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Alerts;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>
/// Watches the resolution deadline of open return requests: yellow in the inbox when one is within
/// <see cref="ReturnSla.WarnBefore"/> of its deadline, red once it is past (and the breach is recorded on the request).
/// Deciding a request resolves its alert (<see cref="ReturnService"/>).
/// </summary>
public sealed class ReturnSlaMonitor(CommerceDbContext db, UnitOfWork unitOfWork, IAlertInbox inbox, ReturnSla sla, TimeProvider time)
{
    public const string Source = "aftersales.sla";

    /// <returns>How many requests are at risk or breached.</returns>
    public Task<int> SweepAsync(CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var warnFrom = now + sla.WarnBefore;
            var due = await db.ReturnRequests.Where(r => r.Status == ReturnStatus.Open && r.ResolveBy <= warnFrom)
                .OrderBy(r => r.ResolveBy).Take(1_000).ToListAsync(ct);
            foreach (var request in due)
            {
                var breached = sla.StateOf(request, now) == SlaState.Breached;
                if (breached) request.MarkSlaBreached(now);
                await inbox.RaiseAsync(Notice(request, breached), ct);
            }
            return due.Count;
        }, ct);

    private static AlertNotice Notice(ReturnRequest request, bool breached)
    {
        var deadline = request.ResolveBy.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return breached
            ? new(Source, request.Number, AlertLevel.Red, $"退款申请 {request.Number} 超过 24 小时未处理 / Return not resolved within 24 h",
                $"Order {request.OrderNumber}, refund {request.RefundAmount.ToString("0.00", CultureInfo.InvariantCulture)} {request.Currency}; deadline {deadline} (UTC+8) has passed.", "/returns")
            : new(Source, request.Number, AlertLevel.Yellow, $"退款申请 {request.Number} 即将超时 / Return nearing its 24 h deadline",
                $"Order {request.OrderNumber}, refund {request.RefundAmount.ToString("0.00", CultureInfo.InvariantCulture)} {request.Currency}; decide by {deadline} (UTC+8).", "/returns");
    }
}
