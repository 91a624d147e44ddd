using System.Globalization;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>Raises a red alert into the inbox for every open data-subject request past its deadline (PI-RIGHTS-008).</summary>
public sealed class PrivacyRequestMonitor(CommerceDbContext db, UnitOfWork unitOfWork, IAlertInbox inbox, TimeProvider time)
{
    public const string Source = "privacy.requests";

    /// <returns>How many requests are overdue.</returns>
    public Task<int> SweepAsync(CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var overdue = await db.DataSubjectRequests.Where(r => r.Status == DataSubjectRequestStatus.Received && r.DueAt < now)
                .OrderBy(r => r.DueAt).Take(1_000).ToListAsync(ct);
            foreach (var request in overdue)
            {
                request.MarkOverdueAlerted(now);
                var due = request.DueAt.ToOffset(WorkingDays.ChinaOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await inbox.RaiseAsync(new AlertNotice(Source, request.Number, AlertLevel.Red,
                    $"个人信息权利请求 {request.Number} 已超期 / Data-subject request overdue",
                    $"{request.Kind} request for customer {request.CustomerCode} was due {due} (UTC+8); {PrivacyRuleIds.Rights}.", "/privacy"), ct);
            }
            return overdue.Count;
        }, ct);
}
