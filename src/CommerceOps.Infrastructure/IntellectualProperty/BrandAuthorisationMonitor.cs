using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>
/// Watches authorisations per brand and party (the store, or one supplier): the party's best document ending within the
/// warning window raises a yellow alert, all of them expired a red one that lists the brand's published listings no valid
/// authorisation covers any more. Listings are reported, not delisted (docs/compliance.md says why). A renewal clears the
/// alert. Key: brand id and party; source: <see cref="Source"/>.
/// </summary>
public sealed class BrandAuthorisationMonitor(CommerceDbContext db, UnitOfWork uow, IAlertInbox inbox, BrandStandingQuery standings, BrandRightsSettings settings, TimeProvider time)
{
    public const string Source = "compliance.brand_authorisation";
    private const int ListedInDetail = 10;

    public sealed record Sweep(int Expiring, int Expired, int UnauthorisedListings);

    public Task<Sweep> CheckAsync(CancellationToken ct) => uow.RunAsync(async ct =>
    {
        var now = time.GetUtcNow();
        var raised = new HashSet<string>();
        int expiring = 0, expired = 0, unauthorised = 0;
        foreach (var standing in await standings.RunAsync(now, ct))
        {
            unauthorised += standing.Unauthorised.Count;
            foreach (var party in standing.Authorisations.GroupBy(a => a.Document.PartyKey))
            {
                var status = ListingAuthorisation.BrandStatus(party.Select(a => a.Document), now, settings.Warning);
                if (status is not (AuthorisationStatus.Expiring or AuthorisationStatus.Expired)) continue;
                var latest = party.MaxBy(a => a.Document.ValidTo)!.Document;
                var key = $"{standing.Brand.Id}/{party.Key}";
                raised.Add(key);
                var name = standing.Brand.Name;
                var who = latest.PartyKind == AuthorisedPartyKind.Seller ? "本店 / the store" : $"供应商 / supplier {latest.PartyCode}";
                if (status == AuthorisationStatus.Expiring)
                {
                    expiring++;
                    await inbox.RaiseAsync(new AlertNotice(Source, key, AlertLevel.Yellow,
                        $"{name} 品牌授权 {latest.DocumentNumber} 将于 {latest.ValidTo:yyyy-MM-dd} 到期 / authorisation expires soon",
                        $"{IpRuleIds.BrandAuthorisation}: {who}; valid to {latest.ValidTo:O}.", "/brands"), ct);
                    continue;
                }
                expired++;
                var titles = string.Join("; ", standing.Unauthorised.Take(ListedInDetail).Select(l => $"#{l.ProductId} {l.Title}"));
                await inbox.RaiseAsync(new AlertNotice(Source, key, AlertLevel.Red,
                    $"{name} 品牌授权 {latest.DocumentNumber} 已过期，{standing.Unauthorised.Count} 个在售商品无有效授权 / authorisation expired",
                    $"{IpRuleIds.BrandAuthorisation}: {who}; expired {latest.ValidTo:O}. Listings without a valid authorisation ({standing.Unauthorised.Count}): {titles}",
                    "/brands"), ct);
            }
        }
        var open = await db.Alerts.AsNoTracking().Where(a => a.Source == Source && a.Status != AlertStatus.Closed).Select(a => a.Key).ToListAsync(ct);
        foreach (var key in open.Where(k => !raised.Contains(k))) await inbox.ResolveAsync(Source, key, ct);
        return new Sweep(expiring, expired, unauthorised);
    }, ct);
}
