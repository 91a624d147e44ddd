using CommerceOps.Domain.Compliance;

namespace CommerceOps.Domain.Tests.Compliance;

public class PriceRuleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 11, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Reference_price_above_the_lowest_price_of_the_7_days_before_is_blocked()
    {
        Transaction[] sales = [new(Start.AddDays(-8), 79m), new(Start.AddDays(-6), 99m), new(Start.AddDays(-2), 89m), new(Start.AddHours(1), 59m)];

        Assert.Equal(89m, ReferencePriceRule.Baseline(sales, Start));
        var finding = ReferencePriceRule.Check("SKU-1", 99m, baselineLabelled: false, sales, Start);
        Assert.Equal((PriceRuleIds.Baseline, FindingSeverity.Block), (finding!.RuleId, finding.Severity));
        Assert.Null(ReferencePriceRule.Check("SKU-1", 89m, baselineLabelled: false, sales, Start));
        Assert.Null(ReferencePriceRule.Check("SKU-1", 99m, baselineLabelled: true, sales, Start));
    }

    [Fact]
    public void Without_sales_in_the_window_the_last_transaction_price_is_the_baseline()
    {
        Transaction[] sales = [new(Start.AddDays(-30), 60m), new(Start.AddDays(-20), 70m)];
        Assert.Equal(70m, ReferencePriceRule.Baseline(sales, Start));
        Assert.NotNull(ReferencePriceRule.Check("SKU-1", 71m, false, sales, Start));
        Assert.Null(ReferencePriceRule.Check("SKU-1", 999m, false, [], Start));
    }

    [Fact]
    public void A_list_price_raised_before_the_discount_is_refused_or_sent_to_review()
    {
        ListPrice[] history = [new(Start.AddDays(-90), 100m), new(Start.AddDays(-10), 130m), new(Start.AddDays(-1), 100m)];

        var blocked = new PriceHikeRule(RisePercent: 20m, WindowDays: 30).Check("SKU-1", history, Start);
        Assert.Equal((PriceRuleIds.Hike, FindingSeverity.Block), (blocked!.RuleId, blocked.Severity));
        Assert.Contains("30%", blocked.Message);
        Assert.Equal(FindingSeverity.Warn, new PriceHikeRule(20m, 30, FindingSeverity.Warn).Check("SKU-1", history, Start)!.Severity);
        Assert.Null(new PriceHikeRule(RisePercent: 31m).Check("SKU-1", history, Start));
        Assert.Null(new PriceHikeRule(20m, WindowDays: 7).Check("SKU-1", history, Start));
    }

    [Fact]
    public void Platform_rules_take_effect_at_least_7_days_after_publication()
    {
        var lead = new RuleLeadTime();
        Assert.Null(lead.Check("双11规则", Start.AddDays(-7), Start));
        Assert.Equal(PriceRuleIds.RuleLeadTime, lead.Check("双11规则", Start.AddDays(-7).AddMinutes(1), Start)!.RuleId);
        Assert.Null(new RuleLeadTime(LeadDays: 3).Check("双11规则", Start.AddDays(-3), Start));
    }
}
