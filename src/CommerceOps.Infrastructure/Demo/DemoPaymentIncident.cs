using System.Globalization;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Common;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// A planted incident, so the demo inbox shows a real red light: checkout sessions in today's window so far and in the
/// same stretch of the past four same weekdays (the rules' baseline), where today quick pay in one province
/// (<see cref="DefaultProvince"/>) fails: its payment page loads in seconds and its submissions end without a purchase.
/// Elsewhere, and on the baseline days, payment converts as usual. Deterministic for a seed and a "now".
/// </summary>
public sealed class DemoPaymentIncident(DemoRandom random, DateTimeOffset now, string province = DemoPaymentIncident.DefaultProvince, int sessionsPerDay = 200)
{
    public const string DefaultProvince = "广东";
    public const string FailureCode = "provider_unavailable";
    private const double ProvinceShare = 0.3;

    private static readonly string[] Devices = ["android", "ios", "mini_program", "pc"];
    private static readonly string[] TrafficChannels = [Channels.Organic, Channels.Paid, Channels.Private, Channels.Live, Channels.ShortVideo];

    /// <summary>The rule that catches it: payment-step conversion 10% (yellow) or 20% (red) below the baseline.</summary>
    public static AlertRuleSpec PaymentRule => new("支付环节转化率 Payment step conversion", AlertMetric.StepConversion, "payment",
        ThresholdKind.Relative, AlertDirection.Drop, Yellow: -10, Red: -20, Clear: -5, MinimumSample: 100);

    /// <summary>More lights a shop would keep on; with the demo's traffic they mostly stay green.</summary>
    public static IReadOnlyList<AlertRuleSpec> OtherRules =>
    [
        new("GMV", AlertMetric.Gmv, null, ThresholdKind.Relative, AlertDirection.Drop, -30, -50, -20, 100),
        new("访客数 Visitors", AlertMetric.Visitors, null, ThresholdKind.Relative, AlertDirection.Drop, -30, -50, -20, 200),
        new("下单转化率 Conversion", AlertMetric.Conversion, null, ThresholdKind.Relative, AlertDirection.Drop, -30, -50, -20, 300),
    ];

    public IEnumerable<BehaviourEvent> Generate()
    {
        var today = BaselineWindows.At(now);
        var others = DemoRegions.Cities.Where(c => c.Province != province).ToArray();
        var targets = DemoRegions.Cities.Where(c => c.Province == province).ToArray();
        foreach (var (window, week) in new[] { today.Current }.Concat(today.Baseline).Select((w, i) => (w, i)))
        {
            var span = window.To - window.From;
            var room = span - TimeSpan.FromMinutes(5);
            for (var n = 0; n < sessionsPerDay; n++)
            {
                var inProvince = random.Chance(ProvinceShare);
                var city = inProvince ? random.Pick(targets) : random.Pick(others);
                var start = window.From + (room > TimeSpan.Zero ? TimeSpan.FromSeconds(random.NextDouble() * room.TotalSeconds) : TimeSpan.Zero);
                var broken = week == 0 && inProvince;
                foreach (var e in Session(week, n, start, window.To, city, broken)) yield return e;
            }
        }
    }

    private IEnumerable<BehaviourEvent> Session(int week, int number, DateTimeOffset at, DateTimeOffset end, DemoCity city, bool broken)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"i{week}{number:D5}");
        var channel = random.Pick(TrafficChannels);
        var device = random.Pick(Devices);
        var method = random.Chance(0.08) ? "cash_on_delivery" : "quick_pay";
        var failing = broken && method == "quick_pay";
        var events = new List<BehaviourEvent>();
        void Add(string type, string? pageType = null, Dictionary<string, string>? properties = null)
        {
            at += TimeSpan.FromSeconds(random.Between(10, 40));
            var when = at < end ? at : end - TimeSpan.FromMilliseconds(1);
            events.Add(new BehaviourEvent(random.NextGuid(), when, type, id, null, "a" + id, channel, null, pageType, null, city.Province, city.City, device, properties));
        }
        string Load(double median) => ((int)Math.Min(20_000, random.LogNormal(median, 0.4))).ToString(CultureInfo.InvariantCulture);

        Add(BehaviourEventTypes.PageView, "cart", new() { ["page_load_ms"] = Load(600) });
        Add(BehaviourEventTypes.CheckoutStart);
        Add(BehaviourEventTypes.PageView, "payment", new() { ["page_load_ms"] = Load(failing ? 6_000 : 900) });
        if (random.Chance(0.9))
        {
            Add(BehaviourEventTypes.PaymentSubmit, properties: failing
                ? new() { ["method"] = method, ["error"] = FailureCode }
                : new() { ["method"] = method });
            if (!failing && random.Chance(0.95)) Add(BehaviourEventTypes.Purchase, properties: new() { ["method"] = method });
        }
        return events;
    }
}
