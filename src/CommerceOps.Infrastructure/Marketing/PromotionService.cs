using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>Creates, revises, publishes and ends promotions; every committed change refreshes the active set.</summary>
public sealed class PromotionService(CommerceDbContext db, UnitOfWork unitOfWork, ActivePromotions active, TimeProvider time)
{
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

    public Task<Promotion> PublishAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, p =>
        {
            p.Publish(time.GetUtcNow());
            db.PromotionCounters.Add(new PromotionCounter(p.Id, (long)(p.Rules.Limits!.Budget * 100m)));
        }, ct);

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
