using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>Drafts and publishes platform campaign rules; published ones are what the public rule page shows.</summary>
public sealed class CampaignRuleService(CommerceDbContext db, UnitOfWork unitOfWork, PriceRuleSettings settings, TimeProvider time)
{
    public Task<List<CampaignRule>> ListAsync(bool publishedOnly, CancellationToken ct) =>
        db.CampaignRules.AsNoTracking().Where(r => !publishedOnly || r.PublishedAt != null).OrderByDescending(r => r.Id).ToListAsync(ct);

    public async Task<CampaignRule> GetAsync(string code, CancellationToken ct) =>
        await db.CampaignRules.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code, ct) ?? throw new NotFoundException($"Campaign rule '{code}' does not exist.");

    /// <summary>A published rule, or null: drafts are not public.</summary>
    public Task<CampaignRule?> PublicAsync(string code, CancellationToken ct) =>
        db.CampaignRules.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code && r.PublishedAt != null, ct);

    public Task<CampaignRule> CreateAsync(string code, string title, string body, DateTimeOffset effectiveAt, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var rule = CampaignRule.Draft(code, title, body, effectiveAt, time.GetUtcNow());
            if (await db.CampaignRules.AnyAsync(r => r.Code == rule.Code, ct))
                throw new DomainException($"A campaign rule with code '{rule.Code}' already exists.", "code");
            db.CampaignRules.Add(rule);
            return rule;
        }, ct);

    public Task<CampaignRule> ReviseAsync(string code, string title, string body, DateTimeOffset effectiveAt, CancellationToken ct) =>
        ChangeAsync(code, r => r.Revise(title, body, effectiveAt), ct);

    public Task<CampaignRule> PublishAsync(string code, string by, CancellationToken ct) =>
        ChangeAsync(code, r => r.Publish(time.GetUtcNow(), by, settings.LeadTime), ct);

    private Task<CampaignRule> ChangeAsync(string code, Action<CampaignRule> change, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var rule = await db.CampaignRules.SingleOrDefaultAsync(r => r.Code == code, ct) ?? throw new NotFoundException($"Campaign rule '{code}' does not exist.");
            change(rule);
            return rule;
        }, ct);
}
