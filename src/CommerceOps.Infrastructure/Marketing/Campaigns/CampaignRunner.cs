using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// Decides which campaigns are due and fires them: a schedule at its next time; "N days since the last order" once
/// per shop day; first visit, price drop and restock for the events since the campaign last looked (each event
/// fires once). Audiences are evaluated as of today 00:00 in the shop's time zone.
/// </summary>
public sealed class CampaignRunner(CommerceDbContext db, UnitOfWork unitOfWork, CampaignAudienceQuery audiences, CampaignEvents events,
    CampaignFiring firing, TimeProvider time)
{
    /// <summary>Fires every due active campaign, then delivers the deferred sends that came due. Returns the campaigns fired.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var fired = 0;
        foreach (var campaign in await db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Active).ToListAsync(ct))
        {
            if (!IsDue(campaign, now)) continue;
            await FireAsync(campaign, now, ct);
            fired++;
        }
        await firing.DeliverDueAsync(now, ct);
        return fired;
    }

    /// <summary>Fires one campaign now, whatever its schedule (the marketing team's "run now").</summary>
    public async Task<FiringSummary> RunNowAsync(long id, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"Campaign {id} does not exist.");
        if (campaign.Status != CampaignStatus.Active) throw new InvalidStateException($"Campaign {campaign.Key} is paused.");
        return await FireAsync(campaign, time.GetUtcNow(), ct);
    }

    /// <summary>Fires a campaign as of an instant (also used to seed the demo's past campaign).</summary>
    public async Task<FiringSummary> FireAsync(StoredCampaign campaign, DateTimeOffset now, CancellationToken ct)
    {
        var definition = campaign.ToCampaign();
        var candidates = await CandidatesAsync(definition.Trigger, campaign.EvaluatedUntil, now, ct);
        var summary = candidates is null
            ? FiringSummary.Nobody
            : await firing.FireAsync(campaign, audiences.Members(definition.Audience, Today(now), candidates, LifecycleThresholds.Default), now, ct);
        await unitOfWork.RunAsync(async ct =>
        {
            var tracked = await db.Campaigns.SingleAsync(c => c.Id == campaign.Id, ct);
            tracked.Ran(now);
        }, ct);
        return summary;
    }

    public static RfmAsOf Today(DateTimeOffset now)
    {
        var zone = CampaignSpec.ShopTimeZone;
        return new RfmAsOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), zone);
    }

    private static bool IsDue(StoredCampaign campaign, DateTimeOffset now) => campaign.ToCampaign().Trigger switch
    {
        CampaignTrigger.Schedule => campaign.NextRunAt is { } next && next <= now,
        CampaignTrigger.DaysSinceLastOrder => Today(campaign.EvaluatedUntil).Date < Today(now).Date,
        _ => true,
    };

    /// <summary>Who the trigger puts forward, or null when nothing happened (no event in the window).</summary>
    private async Task<AudienceCandidates?> CandidatesAsync(CampaignTrigger trigger, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        switch (trigger)
        {
            case CampaignTrigger.Schedule:
                return new AudienceCandidates.Everyone();
            case CampaignTrigger.DaysSinceLastOrder days:
                return new AudienceCandidates.LastOrderDaysAgo(days.Days);
            case CampaignTrigger.FirstVisit:
                return new AudienceCandidates.FirstVisitBetween(from, to);
            case CampaignTrigger.PriceDrop:
                var drops = await events.PriceDropsAsync(from, to, ct);
                return drops.Count == 0 ? null : new AudienceCandidates.InterestedIn(drops);
            case CampaignTrigger.Restock:
                var restocks = await events.RestocksAsync(from, to, ct);
                return restocks.Count == 0 ? null : new AudienceCandidates.InterestedIn(restocks);
            default:
                throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
