using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>Alert rules: list, create, change, delete. Disabling or deleting a rule resolves its open alert.</summary>
public sealed class AlertRuleService(CommerceDbContext db, UnitOfWork unitOfWork, IAlertInbox inbox, TimeProvider time)
{
    public async Task<IReadOnlyList<AlertRule>> ListAsync(CancellationToken cancellationToken) =>
        await db.AlertRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);

    public async Task<AlertRule> GetAsync(long id, CancellationToken cancellationToken) =>
        await db.AlertRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException($"There is no alert rule {id}.");

    public Task<AlertRule> CreateAsync(AlertRuleSpec spec, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(ct =>
        {
            var rule = new AlertRule(spec, time.GetUtcNow());
            db.AlertRules.Add(rule);
            return Task.FromResult(rule);
        }, cancellationToken);

    public Task<AlertRule> ChangeAsync(long id, AlertRuleSpec spec, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var rule = await FindAsync(id, ct);
            var heldBefore = rule.Level is not null;
            rule.Change(spec, time.GetUtcNow());
            if (heldBefore && rule.Level is null) await inbox.ResolveAsync(AlertEvaluator.Source, rule.AlertKey, ct);
            return rule;
        }, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var rule = await FindAsync(id, ct);
            await inbox.ResolveAsync(AlertEvaluator.Source, rule.AlertKey, ct);
            db.AlertRules.Remove(rule);
        }, cancellationToken);

    private async Task<AlertRule> FindAsync(long id, CancellationToken cancellationToken) =>
        await db.AlertRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no alert rule {id}.");
}
