using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Infrastructure.Marketing.Coupons;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>Creates campaigns (from a spec or one of the guide's templates), lists them, pauses and resumes them.</summary>
public sealed class CampaignService(CommerceDbContext db, UnitOfWork unitOfWork, CouponIssuer coupons, TimeProvider time)
{
    public Task<List<StoredCampaign>> ListAsync(CancellationToken ct) => db.Campaigns.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(ct);

    public async Task<StoredCampaign> GetAsync(long id, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"Campaign {id} does not exist.");

    public Task<StoredCampaign> CreateAsync(string? key, string name, string? template, CampaignSpec spec, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            key = string.IsNullOrWhiteSpace(key) ? $"{template ?? "campaign"}-{now:yyyyMMddHHmmss}" : key.Trim();
            var campaign = StoredCampaign.Create(key, name, template, spec, now);
            if (spec.Action.CouponPromotionId is { } promotionId) await coupons.CouponPromotionAsync(promotionId, now, "action.couponPromotionId", ct);
            if (await db.Campaigns.AnyAsync(c => c.Key == campaign.Key, ct)) throw new DomainException($"A campaign with key '{campaign.Key}' already exists.", "key");
            db.Campaigns.Add(campaign);
            return campaign;
        }, ct);

    public Task<StoredCampaign> PauseAsync(long id, CancellationToken ct) => ChangeAsync(id, c => c.Pause(), ct);

    public Task<StoredCampaign> ResumeAsync(long id, CancellationToken ct) => ChangeAsync(id, c => c.Resume(time.GetUtcNow()), ct);

    private Task<StoredCampaign> ChangeAsync(long id, Action<StoredCampaign> change, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"Campaign {id} does not exist.");
            change(campaign);
            return campaign;
        }, ct);
}
