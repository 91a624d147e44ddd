using CommerceOps.Domain.Alerts;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>The alert inbox on the commerce store. Only stages changes: the caller's unit of work saves them.</summary>
public sealed class AlertInbox(CommerceDbContext db, TimeProvider time) : IAlertInbox
{
    public async Task RaiseAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await FindOpenAsync(notice.Source, notice.Key, cancellationToken);
        if (open is null) db.Alerts.Add(new Alert(notice, now));
        else open.Update(notice, now);
    }

    public async Task ResolveAsync(string source, string key, CancellationToken cancellationToken)
    {
        var open = await FindOpenAsync(source, key, cancellationToken);
        open?.Close(time.GetUtcNow());
    }

    private async Task<Alert?> FindOpenAsync(string source, string key, CancellationToken cancellationToken) =>
        db.Alerts.Local.FirstOrDefault(a => a.Source == source && a.Key == key && a.Status != AlertStatus.Closed)
        ?? await db.Alerts.FirstOrDefaultAsync(a => a.Source == source && a.Key == key && a.Status != AlertStatus.Closed, cancellationToken);
}
