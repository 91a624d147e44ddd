using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Marketing.Coupons;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// Fires a campaign for its audience members: each is decided by the contact rules (holdout, consent for the
/// channel, frequency cap, quiet hours), due sends are delivered through the channel's adapter with a personal
/// coupon code when the action gives one, and every member's outcome is recorded. Works in batches, one unit of
/// work each, so a large audience never builds one huge transaction. Also delivers deferred sends that came due,
/// checking consent again at that moment: a withdrawal in between means the message never goes.
/// </summary>
public sealed class CampaignFiring(CommerceDbContext db, UnitOfWork unitOfWork, ICampaignChannels channels, CouponIssuer coupons)
{
    private const int BatchSize = 500;

    public async Task<FiringSummary> FireAsync(StoredCampaign stored, IReadOnlyList<string> members, DateTimeOffset now, CancellationToken ct)
    {
        var campaign = stored.ToCampaign();
        var delivery = await DeliveryAsync(stored, campaign, now, ct);
        var outcomes = new Dictionary<SendOutcome, int>();
        var channel = campaign.Action.Channel;
        foreach (var batch in members.Distinct().Chunk(BatchSize))
        {
            await unitOfWork.RunAsync(async ct =>
            {
                var customers = await ConsentingAsync(batch, channel, ct);
                var ids = customers.Select(c => c.Id).ToList();
                var previous = await PreviousSendsAsync(ids, channel, now - campaign.Rules.Cap.Window, ct);
                foreach (var customer in customers)
                {
                    var decision = campaign.Rules.Decide(customer.Code, (_, _) => customer.Consent, previous[customer.Id], now);
                    var send = new CampaignSend(stored.Id, customer.Id, customer.Code, channel, decision, now);
                    if (decision.Outcome == SendOutcome.Send) delivery.Deliver(send, now);
                    db.CampaignSends.Add(send);
                    outcomes[decision.Outcome] = outcomes.GetValueOrDefault(decision.Outcome) + 1;
                }
            }, ct);
            db.ChangeTracker.Clear();
        }
        return new FiringSummary(members.Count, outcomes);
    }

    /// <summary>Deferred sends of active campaigns whose time has come: delivered, or closed when consent was withdrawn.</summary>
    public async Task<int> DeliverDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var delivered = 0;
        while (true)
        {
            var handled = await unitOfWork.RunAsync(async ct =>
            {
                var due = await (from s in db.CampaignSends
                                 join c in db.Campaigns on s.CampaignId equals c.Id
                                 where s.Outcome == SendOutcome.Deferred && s.SendAt <= now && c.Status == CampaignStatus.Active
                                 orderby s.Id
                                 select s).Take(BatchSize).ToListAsync(ct);
                if (due.Count == 0) return 0;
                var campaignIds = due.Select(s => s.CampaignId).Distinct().ToList();
                var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
                var deliveries = new Dictionary<long, Delivery>();
                foreach (var send in due)
                {
                    if (!await HasConsentAsync(send.CustomerId, send.Channel, ct))
                    {
                        send.ConsentWithdrawn();
                        continue;
                    }
                    var stored = campaigns[send.CampaignId];
                    if (!deliveries.TryGetValue(stored.Id, out var delivery))
                        deliveries[stored.Id] = delivery = await DeliveryAsync(stored, stored.ToCampaign(), now, ct);
                    delivery.Deliver(send, now);
                }
                return due.Count;
            }, ct);
            db.ChangeTracker.Clear();
            if (handled == 0) return delivered;
            delivered += handled;
        }
    }

    /// <summary>
    /// A withdrawal of marketing consent stops the customer's pending sends on that channel at once (and delivery checks
    /// consent again, so nothing goes out even if the withdrawal lands while a batch is being delivered).
    /// </summary>
    public Task<int> CancelPendingAsync(string customerCode, string channel, CancellationToken ct) =>
        unitOfWork.RunAsync(ct => db.CampaignSends.Where(s => s.CustomerCode == customerCode && s.Channel == channel && s.Outcome == SendOutcome.Deferred)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Outcome, SendOutcome.ConsentWithdrawn), ct), ct);

    private sealed record Member(long Id, string Code, bool Consent);

    private async Task<List<Member>> ConsentingAsync(string[] codes, string channel, CancellationToken ct) =>
        await db.Customers.AsNoTracking().Where(c => codes.Contains(c.Code))
            .Select(c => new Member(c.Id, c.Code,
                c.Consents.Any(x => x.Purpose == CampaignChannels.MarketingPurpose && x.Channel == channel && x.WithdrawnAt == null)))
            .ToListAsync(ct);

    private Task<bool> HasConsentAsync(long customerId, string channel, CancellationToken ct) =>
        db.Set<Domain.Customers.ConsentRecord>().AnyAsync(x => x.CustomerId == customerId && x.Purpose == CampaignChannels.MarketingPurpose
            && x.Channel == channel && x.WithdrawnAt == null, ct);

    private async Task<ILookup<long, DateTimeOffset>> PreviousSendsAsync(List<long> customerIds, string channel, DateTimeOffset since, CancellationToken ct) =>
        (await db.CampaignSends.AsNoTracking()
            .Where(s => customerIds.Contains(s.CustomerId) && s.Channel == channel && s.SentAt > since)
            .Select(s => new { s.CustomerId, s.SentAt })
            .ToListAsync(ct)).ToLookup(s => s.CustomerId, s => s.SentAt!.Value);

    private async Task<Delivery> DeliveryAsync(StoredCampaign stored, Campaign campaign, DateTimeOffset now, CancellationToken ct)
    {
        var coupon = campaign.Action.CouponPromotionId is { } id ? await coupons.CouponPromotionAsync(id, now, "action.couponPromotionId", ct) : null;
        return new Delivery(stored, campaign, channels.For(campaign.Action.Channel), coupon, coupons);
    }

    /// <summary>Hands one message to the channel, with a freshly issued personal coupon code when the action gives one.</summary>
    private sealed class Delivery(StoredCampaign stored, Campaign campaign, ICampaignChannel channel, Promotion? coupon, CouponIssuer coupons)
    {
        public void Deliver(CampaignSend send, DateTimeOffset now)
        {
            var text = campaign.Action.Message;
            string? code = null;
            if (coupon is not null)
            {
                var issued = coupons.Issue(coupon, send.CustomerId, stored.Spec.Action.CouponValidDays ?? ActionSpec.DefaultCouponValidDays, now, stored.Id);
                code = issued.Code;
                text += $" 券码：{code}";
            }
            send.Sent(now, channel.Deliver(send.CustomerCode, text), code);
        }
    }
}
