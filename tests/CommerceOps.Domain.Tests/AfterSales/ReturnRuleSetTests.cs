using CommerceOps.Domain.AfterSales;

namespace CommerceOps.Domain.Tests.AfterSales;

public class ReturnRuleSetTests
{
    private static readonly CustomerHistory NewCustomer = new(0, 0);
    private static readonly CustomerHistory GoodCustomer = new(5, 0);

    [Fact]
    public void Beauty_with_an_allergy_and_evidence_is_refunded_at_once_by_the_allergy_rule()
    {
        var outcome = ReturnRuleSet.Default.Evaluate(new(ReturnReason.Allergy, ["beauty.skincare"], 1, 239m, NewCustomer));

        Assert.Equal(("allergy-worry-free", ReturnRuleAction.RefundNow), (outcome.RuleId, outcome.Action));
        Assert.True(Assert.Single(outcome.Audit).Fired);
    }

    [Fact]
    public void Without_evidence_the_allergy_rule_does_not_fire_and_the_audit_says_why()
    {
        var outcome = ReturnRuleSet.Default.Evaluate(new(ReturnReason.Allergy, ["beauty.skincare"], 0, 239m, NewCustomer));

        Assert.Equal((ReturnRuleSet.FallbackRuleId, ReturnRuleAction.ToAgent), (outcome.RuleId, outcome.Action));
        Assert.Equal(["allergy-worry-free", "small-amount-trusted", "to-agent"], outcome.Audit.Select(a => a.RuleId));
        Assert.Equal("no evidence uploaded", outcome.Audit[0].Note);
        Assert.Equal("refund 239.00 is above 50.00", outcome.Audit[1].Note);
    }

    [Fact]
    public void A_small_refund_for_a_customer_with_a_good_history_is_refunded_without_return()
    {
        var outcome = ReturnRuleSet.Default.Evaluate(new(ReturnReason.NoReason, ["home.kitchen"], 0, 50m, GoodCustomer));

        Assert.Equal(("small-amount-trusted", ReturnRuleAction.RefundWithoutReturn), (outcome.RuleId, outcome.Action));
        Assert.Equal([false, true], outcome.Audit.Select(a => a.Fired));
    }

    [Theory]
    [InlineData(50.01, 5, 0, "refund 50.01 is above 50.00")]
    [InlineData(20, 2, 0, "2 completed orders, fewer than 3")]
    [InlineData(20, 9, 2, "2 refunds in 90 days, more than 1")]
    public void A_small_refund_goes_to_an_agent_when_one_condition_fails(double amount, int orders, int refunds, string note)
    {
        var outcome = ReturnRuleSet.Default.Evaluate(new(ReturnReason.NoReason, ["outdoor"], 0, (decimal)amount, new(orders, refunds)));

        Assert.Equal(ReturnRuleAction.ToAgent, outcome.Action);
        Assert.Equal(note, outcome.Audit[1].Note);
    }

    [Fact]
    public void Rules_are_tried_in_order_so_the_first_that_fires_decides()
    {
        var rules = new ReturnRuleSet([
            new("agent-for-3c", "3C always to an agent", ReturnRuleAction.ToAgent, CategoryPrefixes: ["3c"]),
            new("small", "small", ReturnRuleAction.RefundWithoutReturn, MaxAmount: 100m),
        ]);

        var phone = rules.Evaluate(new(ReturnReason.NoReason, ["3c.phones"], 0, 10m, GoodCustomer));
        var towel = rules.Evaluate(new(ReturnReason.NoReason, ["home.textile"], 0, 10m, GoodCustomer));

        Assert.Equal("agent-for-3c", phone.RuleId);
        Assert.Equal(("small", ReturnRuleAction.RefundWithoutReturn), (towel.RuleId, towel.Action));
    }

    [Fact]
    public void A_rule_that_refunds_everything_is_refused()
    {
        var rules = new ReturnRuleSet([new("all", "refund everything", ReturnRuleAction.RefundNow)]);

        var error = Assert.Throws<CommerceOps.Domain.Common.DomainException>(rules.Validate);

        Assert.Equal("rules[0].action", error.Field);
    }
}
