using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Campaigns;

namespace CommerceOps.Domain.Tests.Marketing;

public sealed class CampaignContactRulesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.FromHours(8));

    private static ContactRules Rules(decimal holdoutPercent = 0m) => new(CampaignChannels.Sms,
        new HoldoutGroup("winback-2026-11", holdoutPercent), new FrequencyCap(2, TimeSpan.FromDays(7)),
        new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), Shanghai));

    private static bool Always(string purpose, string channel) => true;

    [Fact]
    public void The_holdout_is_about_ten_percent_by_default_and_the_same_on_every_run()
    {
        var holdout = new HoldoutGroup("first-order-coupon");
        var ids = Enumerable.Range(1, 20_000).Select(i => "C" + i).ToList();
        var held = ids.Where(holdout.Contains).ToList();
        Assert.InRange(held.Count, 1_850, 2_150);
        Assert.Equal(held, ids.Where(new HoldoutGroup("first-order-coupon").Contains));
        // Another campaign holds back other customers.
        Assert.NotEqual(held, ids.Where(new HoldoutGroup("restock-20-off").Contains));
        Assert.DoesNotContain(ids, new HoldoutGroup("all", 0m).Contains);
    }

    [Fact]
    public void Only_customers_with_active_marketing_consent_for_the_channel_are_contacted()
    {
        var customer = Customer();
        var rules = Rules();
        Assert.Equal(SendOutcome.NoConsent, rules.Decide("C1", customer.HasConsent, [], Noon).Outcome);

        customer.GrantConsent(CampaignChannels.MarketingPurpose, CampaignChannels.Email, "signup", Noon.AddDays(-1));
        Assert.Equal(SendOutcome.NoConsent, rules.Decide("C1", customer.HasConsent, [], Noon).Outcome);

        customer.GrantConsent(CampaignChannels.MarketingPurpose, CampaignChannels.Sms, "signup", Noon.AddDays(-1));
        Assert.Equal(new SendDecision(SendOutcome.Send, Noon), rules.Decide("C1", customer.HasConsent, [], Noon));

        customer.WithdrawConsent(CampaignChannels.MarketingPurpose, CampaignChannels.Sms, Noon);
        Assert.Equal(SendOutcome.NoConsent, rules.Decide("C1", customer.HasConsent, [], Noon).Outcome);
    }

    [Fact]
    public void The_frequency_cap_counts_sends_inside_its_window()
    {
        var rules = Rules();
        Assert.Equal(SendOutcome.FrequencyCapped, rules.Decide("C1", Always, [Noon.AddDays(-1), Noon.AddDays(-6)], Noon).Outcome);
        Assert.Equal(SendOutcome.Send, rules.Decide("C1", Always, [Noon.AddDays(-1), Noon.AddDays(-7)], Noon).Outcome);
    }

    [Fact]
    public void Quiet_hours_wrap_past_midnight_and_postpone_the_send_to_their_end()
    {
        var rules = Rules();
        var late = new DateTimeOffset(2026, 11, 20, 22, 30, 0, TimeSpan.FromHours(8));
        var early = new DateTimeOffset(2026, 11, 21, 7, 59, 0, TimeSpan.FromHours(8));
        var morning = new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(new SendDecision(SendOutcome.Deferred, morning), rules.Decide("C1", Always, [], late));
        Assert.Equal(new SendDecision(SendOutcome.Deferred, morning), rules.Decide("C1", Always, [], early));
        Assert.Equal(new SendDecision(SendOutcome.Send, morning), rules.Decide("C1", Always, [], morning));
        // 22:30 in Shanghai is 14:30 UTC: the window is local time, not the offset of the instant given.
        Assert.Equal(SendOutcome.Deferred, rules.Decide("C1", Always, [], late.ToUniversalTime()).Outcome);
    }

    [Fact]
    public void A_held_back_customer_is_never_contacted_even_with_consent()
    {
        var rules = Rules(holdoutPercent: 50m);
        var held = Enumerable.Range(1, 100).Select(i => "C" + i).First(rules.Holdout.Contains);
        Assert.Equal(new SendDecision(SendOutcome.Holdout, null), rules.Decide(held, Always, [], Noon));
    }

    [Fact]
    public void Uplift_compares_recipients_with_the_holdout_with_a_95_percent_interval()
    {
        // 30% of 1,000 recipients and 20% of 1,000 held back converted, each conversion worth ¥100.
        static List<CustomerResult> Group(int n, int converted) =>
            [.. Enumerable.Range(0, n).Select(i => i < converted ? new CustomerResult(true, 100m) : new CustomerResult(false, 0m))];
        var uplift = CampaignUplift.Compute(Group(1000, 300), Group(1000, 200));

        Assert.Equal(0.1, uplift.Conversion.Uplift, 12);
        // Wald: 1.96 × √(0.3·0.7/1000 + 0.2·0.8/1000) = 0.0377007…
        Assert.Equal(0.1 - 0.0377007, uplift.Conversion.Low, 5);
        Assert.Equal(0.1 + 0.0377007, uplift.Conversion.High, 5);
        Assert.Equal(10.0, uplift.GmvPerRecipient.Uplift, 10);
        // Sample variances 100²·0.3·0.7·1000/999 and 100²·0.2·0.8·1000/999, each divided by n.
        var margin = 1.959963984540054 * Math.Sqrt((2100.0 + 1600.0) / 999);
        Assert.Equal(10.0 - margin, uplift.GmvPerRecipient.Low, 8);
        Assert.Throws<DomainException>(() => CampaignUplift.Compute(Group(1, 1), Group(5, 1)));
    }

    private static Customer Customer() => new("C1", "张三", "web", Noon.AddDays(-30));
}
