using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>Reading and working the inbox: list with filters, one alert, acknowledge, close.</summary>
public sealed class AlertInboxQueries(CommerceDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public const int MaxPageSize = 200;

    /// <param name="open">true: open and acknowledged alerts; false: closed ones; null: all.</param>
    public async Task<IReadOnlyList<Alert>> ListAsync(bool? open, AlertLevel? level, string? source, int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxPageSize) throw new DomainException($"limit is between 1 and {MaxPageSize}.", "limit");
        var query = db.Alerts.AsNoTracking();
        if (open is true) query = query.Where(a => a.Status != AlertStatus.Closed);
        if (open is false) query = query.Where(a => a.Status == AlertStatus.Closed);
        if (level is { } l) query = query.Where(a => a.Level == l);
        if (!string.IsNullOrWhiteSpace(source)) query = query.Where(a => a.Source == source.Trim());
        // Newest first; SQLite cannot order by DateTimeOffset, and ids grow with time.
        return await query.OrderByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<Alert> GetAsync(long id, CancellationToken cancellationToken) =>
        await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no alert {id}.");

    public Task<Alert> AcknowledgeAsync(long id, string user, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var alert = await FindAsync(id, ct);
            alert.Acknowledge(user, time.GetUtcNow());
            return alert;
        }, cancellationToken);

    public Task<Alert> CloseAsync(long id, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var alert = await FindAsync(id, ct);
            alert.Close(time.GetUtcNow());
            return alert;
        }, cancellationToken);

    private async Task<Alert> FindAsync(long id, CancellationToken cancellationToken) =>
        await db.Alerts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no alert {id}.");
}
