using CommerceOps.Domain.Alerts.Webhooks;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Alerts.Webhooks;

/// <summary>Webhook subscriptions (create, change, delete, list) and their delivery log.</summary>
public sealed class WebhookService(CommerceDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);

    public Task<WebhookSubscription> CreateAsync(string name, string url, string secret, bool active, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(ct =>
        {
            var subscription = new WebhookSubscription(name, url, secret, active, time.GetUtcNow());
            db.WebhookSubscriptions.Add(subscription);
            return Task.FromResult(subscription);
        }, cancellationToken);

    /// <param name="secret">null keeps the current secret.</param>
    public Task<WebhookSubscription> ChangeAsync(long id, string name, string url, string? secret, bool active, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var subscription = await FindAsync(id, ct);
            subscription.Change(name, url, secret, active, time.GetUtcNow());
            return subscription;
        }, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct => db.WebhookSubscriptions.Remove(await FindAsync(id, ct)), cancellationToken);

    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(long id, int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 200) throw new DomainException("limit is between 1 and 200.", "limit");
        await FindAsync(id, cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id).OrderByDescending(d => d.Id).Take(limit).ToListAsync(cancellationToken);
    }

    private async Task<WebhookSubscription> FindAsync(long id, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no webhook {id}.");
}
