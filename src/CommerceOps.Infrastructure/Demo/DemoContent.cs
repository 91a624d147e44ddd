using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Marketing.Content;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// The private domain and its content: guides, short videos and two live streams linked to best sellers, members of the
/// WeChat group, the official account and the app subscription, and content touches. Recent paid orders from the
/// private, live and short-video channels get a touch before them (most inside the 7-day window, some just outside,
/// some after the order) and each live stream gets viewers who did not buy, so attribution has real work to do.
/// </summary>
public sealed class DemoContent(CommerceDbContext db, ContentTouchLog touches, DemoRandom random, IReadOnlyList<DemoSku> catalog,
    IReadOnlyList<DemoCustomer> customers, DateTimeOffset to)
{
    private const int MemberCandidates = 3_000;
    private const int TouchedOrders = 1_500;
    private const int LiveViewersPerStream = 400;

    public async Task<int> WriteAsync(CancellationToken cancellationToken)
    {
        var items = Items();
        db.ContentItems.AddRange(items);
        db.PrivateDomainMembers.AddRange(Members());
        await db.SaveChangesAsync(cancellationToken);
        var written = new List<ContentTouch>();
        OrderTouches(items, await RecentOrdersAsync(cancellationToken), written);
        LiveViewers(items.Where(i => i.IsLiveStream), written);
        return await touches.AppendAsync(written, cancellationToken);
    }

    private List<ContentItem> Items()
    {
        IReadOnlyList<string> Skus(int first) => [.. catalog.Skip(first).Take(3).Select(s => s.Code)];
        var day = to.Date; // UTC midnight of the generation day
        DateTimeOffset Evening(int daysAgo) => new DateTimeOffset(day, TimeSpan.Zero).AddDays(-daysAgo).AddHours(12); // 20:00 in Beijing
        return
        [
            new(ContentTypes.Guide, "周末露营装备清单", PrivateDomainChannels.WeChatOfficialAccount, Skus(0), Evening(40), null, null),
            new(ContentTypes.Guide, "新手护肤三步走", PrivateDomainChannels.WeChatGroup, Skus(3), Evening(25), null, null),
            new(ContentTypes.Guide, "办公室午餐好物", PrivateDomainChannels.AppSubscription, Skus(6), Evening(12), null, null),
            new(ContentTypes.ShortVideo, "一分钟搭好帐篷", PrivateDomainChannels.ShortVideoPlatform, Skus(0), Evening(20), null, null),
            new(ContentTypes.ShortVideo, "冬季保湿实测", PrivateDomainChannels.ShortVideoPlatform, Skus(3), Evening(8), null, null),
            new(ContentTypes.LiveStream, "露营节专场直播", PrivateDomainChannels.LivePlatform, Skus(0), Evening(15), Evening(10), Evening(10).AddHours(3)),
            new(ContentTypes.LiveStream, "护肤好物直播夜", PrivateDomainChannels.LivePlatform, Skus(3), Evening(5), Evening(3), Evening(3).AddHours(3)),
        ];
    }

    private IEnumerable<Member> Members()
    {
        foreach (var customer in customers.Take(MemberCandidates))
        {
            foreach (var channel in PrivateDomainChannels.Membership)
            {
                if (!random.Chance(0.25)) continue;
                var joined = customer.RegisteredAt.AddHours(random.Between(1, 24 * 30));
                if (joined > to) continue;
                var member = new Member(customer.Id, channel, random.Pick(Sources), joined);
                var left = joined.AddDays(random.Between(1, 60));
                if (random.Chance(0.1) && left < to) member.Leave(left);
                yield return member;
            }
        }
    }

    private static readonly string[] Sources = ["包裹二维码", "直播间", "门店导购", "公众号文章", "朋友邀请"];

    private sealed record RecentOrder(string CustomerCode, string Channel, DateTimeOffset PlacedAt);

    private async Task<List<RecentOrder>> RecentOrdersAsync(CancellationToken cancellationToken)
    {
        var since = to.AddDays(-30);
        string[] channels = [Channels.Private, Channels.Live, Channels.ShortVideo];
        return await db.Orders.AsNoTracking()
            .Where(o => o.CustomerCode != null && o.PlacedAt >= since && channels.Contains(o.Channel)
                && o.Status != OrderStatus.Placed && o.Status != OrderStatus.Cancelled)
            .OrderBy(o => o.Id)
            .Take(TouchedOrders)
            .Select(o => new RecentOrder(o.CustomerCode!, o.Channel, o.PlacedAt))
            .ToListAsync(cancellationToken);
    }

    private void OrderTouches(List<ContentItem> items, List<RecentOrder> orders, List<ContentTouch> written)
    {
        var guides = items.Where(i => i.Type == ContentTypes.Guide).ToList();
        var videos = items.Where(i => i.Type == ContentTypes.ShortVideo).ToList();
        var live = items.Where(i => i.IsLiveStream).ToList();
        foreach (var order in orders)
        {
            var content = order.Channel switch { Channels.Live => random.Pick(live), Channels.ShortVideo => random.Pick(videos), _ => random.Pick(guides) };
            // Mostly within the window, one in ten a little too early, one in twenty only after the order.
            var hoursBefore = random.NextDouble() switch { < 0.05 => -random.Between(1, 48), < 0.15 => random.Between(24 * 7 + 1, 24 * 9), _ => random.Between(1, 24 * 6) };
            var at = order.PlacedAt.AddHours(-hoursBefore);
            if (at > to) continue;
            written.Add(Touch(content, order.CustomerCode, at));
        }
    }

    private void LiveViewers(IEnumerable<ContentItem> streams, List<ContentTouch> written)
    {
        foreach (var stream in streams)
        {
            var minutes = (int)(stream.EndsAt!.Value - stream.StartsAt!.Value).TotalMinutes;
            for (var i = 0; i < LiveViewersPerStream; i++)
            {
                var customer = random.Chance(0.7) ? random.Pick(customers).Code : null;
                written.Add(Touch(stream, customer, stream.StartsAt.Value.AddMinutes(random.Between(0, minutes - 1)),
                    anonymousId: customer is null ? "anon-" + random.Digits(8) : null));
            }
        }
    }

    private ContentTouch Touch(ContentItem content, string? customer, DateTimeOffset at, string? anonymousId = null) =>
        new(random.NextGuid(), at, content.Id, content.Type, content.IsLiveStream ? TouchActions.Watch : random.Chance(0.6) ? TouchActions.View : TouchActions.Click,
            customer, anonymousId, null, content.Channel);
}
