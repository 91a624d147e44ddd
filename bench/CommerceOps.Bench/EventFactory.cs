using CommerceOps.Domain.Analytics;

namespace CommerceOps.Bench;

/// <summary>Believable behaviour events (a storefront's page views, searches, cart adds…), fresh ids every call.</summary>
public static class EventFactory
{
    private static readonly string[] Types = ["page_view", "page_view", "page_view", "search", "product_view", "product_view", "add_to_cart", "favorite", "checkout_start", "payment_submit", "purchase", "ad_impression", "ad_click"];
    private static readonly string[] PageTypes = ["home", "list", "product", "cart", "payment"];
    private static readonly string[] Channels = ["organic", "paid", "private", "live", "short_video"];
    private static readonly (string Province, string City)[] Places = [("浙江省", "杭州市"), ("广东省", "深圳市"), ("北京市", "北京市"), ("四川省", "成都市"), ("上海市", "上海市"), ("湖北省", "武汉市")];
    private static readonly string[] Devices = ["ios", "android", "mini_program", "web"];

    public static List<BehaviourEvent> Batch(Random random, int size, DateTimeOffset now)
    {
        var batch = new List<BehaviourEvent>(size);
        for (var i = 0; i < size; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var place = Places[random.Next(Places.Length)];
            var known = random.Next(3) > 0;
            var session = random.Next(1_000_000);
            batch.Add(new BehaviourEvent(
                EventId: Guid.NewGuid(),
                OccurredAt: now.AddSeconds(-random.Next(86_400)),
                Type: type,
                SessionId: $"s-{session}",
                CustomerId: known ? $"C{session % 50_000:D6}" : null,
                AnonymousId: known ? null : $"anon-{session}",
                Channel: Channels[random.Next(Channels.Length)],
                Campaign: random.Next(5) == 0 ? "double11-warmup" : null,
                PageType: type == "page_view" ? PageTypes[random.Next(PageTypes.Length)] : null,
                Sku: type is "page_view" or "search" ? null : $"SKU-{random.Next(5_000):D5}",
                Province: place.Province,
                City: place.City,
                Device: Devices[random.Next(Devices.Length)],
                Properties: type == "page_view"
                    ? new Dictionary<string, string> { ["page_load_ms"] = random.Next(200, 4_000).ToString(System.Globalization.CultureInfo.InvariantCulture) }
                    : type == "search" ? new Dictionary<string, string> { ["query"] = "露营帐篷", ["result_count"] = "12" } : null));
        }
        return batch;
    }
}
