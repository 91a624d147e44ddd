using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// Creates, revises, publishes and ends promotions; every committed change refreshes the active set. Publishing runs the
/// price rules on the stored data: a BLOCK finding refuses, WARN findings publish and open an alert for compliance review.
/// </summary>
public sealed class PromotionService(
    CommerceDbContext db, UnitOfWork unitOfWork, ActivePromotions active, PromotionPriceRules priceRules, IAlertInbox alerts, TimeProvider time)
{
    public const string ReviewAlertSource = "compliance.price_review";

    public Task<List<Promotion>> ListAsync(PromotionStatus? status, CancellationToken ct) =>
        db.Promotions.AsNoTracking().Where(p => status == null || p.Status == status).OrderByDescending(p => p.Id).ToListAsync(ct);

    public async Task<Promotion> GetAsync(long id, CancellationToken ct) =>
        await db.Promotions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException($"Promotion {id} does not exist.");

    public Task<Promotion> CreateAsync(string code, string name, PromotionRules rules, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var promotion = Promotion.Draft(code, name, rules, time.GetUtcNow());
            if (await db.Promotions.AnyAsync(p => p.Code == promotion.Code, ct))
                throw new DomainException($"A promotion with code '{promotion.Code}' already exists.", "code");
            db.Promotions.Add(promotion);
            return promotion;
        }, ct);

    public Task<Promotion> ReviseAsync(long id, string name, PromotionRules rules, CancellationToken ct) =>
        ChangeAsync(id, p => p.Revise(name, rules, time.GetUtcNow()), ct);

    public async Task<Promotion> PublishAsync(long id, CancellationToken ct)
    {
        var promotion = await unitOfWork.RunAsync(async ct =>
        {
            var promotion = await db.Promotions.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException($"Promotion {id} does not exist.");
            var findings = await priceRules.CheckAsync(promotion, ct);
            PromotionPriceCheck.ThrowIfBlocked(findings, promotion.Code, promotion.Name, promotion.Rules);
            promotion.Publish(time.GetUtcNow());
            db.PromotionCounters.Add(new PromotionCounter(promotion.Id, (long)(promotion.Rules.Limits!.Budget * 100m)));
            if (findings.Count > 0) await alerts.RaiseAsync(ReviewNotice(promotion, findings), ct);
            return promotion;
        }, ct);
        active.Invalidate();
        return promotion;
    }

    /// <summary>WARN findings (a price rise configured as "review") publish, and ask compliance to look.</summary>
    private static AlertNotice ReviewNotice(Promotion promotion, IReadOnlyList<PriceFinding> findings) => new(
        ReviewAlertSource, promotion.Code, AlertLevel.Yellow,
        $"Promotion {promotion.Code} published with {findings.Count} price-rule finding(s) to review",
        string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Subject}: {f.Message}")), "/compliance");

    public Task<Promotion> EndAsync(long id, CancellationToken ct) => ChangeAsync(id, p => p.End(time.GetUtcNow()), ct);

    private async Task<Promotion> ChangeAsync(long id, Action<Promotion> change, CancellationToken ct)
    {
        var promotion = await unitOfWork.RunAsync(async ct =>
        {
            var promotion = await db.Promotions.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException($"Promotion {id} does not exist.");
            change(promotion);
            return promotion;
        }, ct);
        active.Invalidate();
        return promotion;
    }
}
