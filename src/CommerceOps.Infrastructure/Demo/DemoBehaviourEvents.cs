using System.Globalization;
using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Common;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Shopping sessions as behaviour events, generated lazily so any number can stream into the appender. The funnel
/// drops off the way real shops do (home → list → product → cart → payment → purchase converts ~4% of sessions);
/// searches include terms with no results; ad impressions and clicks carry campaigns; every page view has page_load_ms,
/// with a slow tail on the payment page.
/// </summary>
public sealed class DemoBehaviourEvents(
    DemoRandom random, DemoCalendar calendar, IReadOnlyList<DemoSku> catalog, IReadOnlyList<DemoCustomer> customers, int sessions,
    IProgress<DemoProgress>? progress)
{
    private static readonly (string Channel, double Weight)[] TrafficShares =
    [
        (Channels.Organic, 45), (Channels.Paid, 20), (Channels.Private, 12), (Channels.Live, 13), (Channels.ShortVideo, 10),
    ];

    private static readonly (string Device, double Weight)[] DeviceShares = [("android", 48), ("ios", 30), ("mini_program", 15), ("pc", 5), ("h5", 2)];

    private readonly WeightedChoice<string> _channels = new(TrafficShares.Select(c => (c.Channel, c.Weight)));
    private readonly WeightedChoice<string> _devices = new(DeviceShares.Select(d => (d.Device, d.Weight)));
    private readonly WeightedChoice<DemoSku> _skus = new(catalog.Select((s, i) => (s, 1.0 / Math.Pow(i % 40 + 1, 0.7))));

    public IEnumerable<BehaviourEvent> Generate()
    {
        var buffer = new List<BehaviourEvent>(32);
        for (var s = 0; s < sessions; s++)
        {
            buffer.Clear();
            Session(s, buffer);
            foreach (var e in buffer) yield return e;
            if (s % 50_000 == 0) progress?.Report(new DemoProgress("events", s, sessions));
        }
        progress?.Report(new DemoProgress("events", sessions, sessions));
    }

    private void Session(int number, List<BehaviourEvent> events)
    {
        var at = calendar.Sample(random);
        var channel = _channels.Next(random);
        var device = _devices.Next(random);
        var loggedIn = random.Chance(0.55);
        var customer = random.Pick(customers);
        var city = loggedIn ? customer.City : random.Pick(DemoRegions.Cities);
        var sessionId = "s" + number.ToString("D9", CultureInfo.InvariantCulture);
        var campaign = channel is Channels.Paid or Channels.Live or Channels.ShortVideo ? random.Pick(DemoCatalog.Campaigns) : null;

        void Add(string type, string? pageType = null, string? sku = null, Dictionary<string, string>? properties = null)
        {
            at += TimeSpan.FromSeconds(random.Between(3, 90));
            events.Add(new BehaviourEvent(random.NextGuid(), at, type, sessionId, loggedIn ? customer.Code : null,
                loggedIn ? null : "a" + number.ToString("D9", CultureInfo.InvariantCulture), channel, campaign, pageType, sku,
                city.Province, city.City, device, properties));
        }

        Dictionary<string, string> Load(double medianMs) =>
            new() { ["page_load_ms"] = ((int)Math.Min(20_000, random.LogNormal(medianMs, 0.5))).ToString(CultureInfo.InvariantCulture) };

        void Impressions()
        {
            for (var i = random.Between(0, 2); i > 0; i--)
                Add(BehaviourEventTypes.AdImpression, properties: new() { ["creative"] = random.Pick(DemoCatalog.Campaigns), ["slot"] = "banner" });
        }

        if (channel == Channels.Paid)
        {
            Add(BehaviourEventTypes.AdImpression, properties: new() { ["creative"] = campaign!, ["slot"] = "feed" });
            Add(BehaviourEventTypes.AdClick, properties: new() { ["creative"] = campaign! });
        }

        var entry = random.NextDouble();
        if (entry < 0.6)
        {
            Add(BehaviourEventTypes.PageView, "home", properties: Load(550));
            Impressions();
            if (!random.Chance(0.7)) return;
        }
        if (entry < 0.85)
        {
            if (random.Chance(0.5))
            {
                var zero = random.Chance(0.08);
                var term = zero ? random.Pick(DemoCatalog.ZeroResultSearchTerms) : random.Pick(DemoCatalog.SearchTerms);
                var results = zero ? 0 : random.Between(3, 240);
                if (!zero)
                {
                    term = DemoSearchTrends.Adjust(term, number, at, calendar.End);
                    if (DemoSearchTrends.ZeroResultRisingTerms.Contains(term)) results = 0;
                }
                Add(BehaviourEventTypes.Search, properties: new()
                {
                    ["query"] = term,
                    ["result_count"] = results.ToString(CultureInfo.InvariantCulture),
                });
                if (zero && random.Chance(0.7)) return;
            }
            Add(BehaviourEventTypes.PageView, "list", properties: Load(650));
            Impressions();
            if (!random.Chance(0.65)) return;
        }

        var product = _skus.Next(random);
        for (var views = random.Between(1, 3); views > 0; views--)
        {
            product = _skus.Next(random);
            Add(BehaviourEventTypes.PageView, "product", product.Code, Load(700));
            Add(BehaviourEventTypes.ProductView, sku: product.Code);
        }
        if (random.Chance(0.08)) Add(BehaviourEventTypes.Favorite, sku: product.Code);
        if (!random.Chance(0.22)) return;

        Add(BehaviourEventTypes.AddToCart, sku: product.Code, properties: new() { ["quantity"] = "1" });
        Add(BehaviourEventTypes.PageView, "cart", properties: Load(600));
        if (!random.Chance(0.55)) return;

        Add(BehaviourEventTypes.CheckoutStart);
        // One payment page in twenty loads slowly; those sessions abandon far more often (what a red light should catch).
        var slow = random.Chance(0.05);
        Add(BehaviourEventTypes.PageView, "payment", properties: Load(slow ? 3_500 : 900));
        if (!random.Chance(slow ? 0.45 : 0.82)) return;

        var method = random.Chance(0.08) ? "cash_on_delivery" : "quick_pay";
        Add(BehaviourEventTypes.PaymentSubmit, properties: new() { ["method"] = method });
        if (!random.Chance(0.93)) return;
        Add(BehaviourEventTypes.Purchase, sku: product.Code, properties: new()
        {
            ["amount"] = product.Price.ToString("0.00", CultureInfo.InvariantCulture),
            ["method"] = method,
        });
    }
}
