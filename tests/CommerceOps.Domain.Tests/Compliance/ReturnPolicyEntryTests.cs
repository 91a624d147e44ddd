using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Tests.AfterSales;
using ComplianceReturnPolicy = CommerceOps.Domain.Compliance.ReturnPolicy;

namespace CommerceOps.Domain.Tests.Compliance;

/// <summary>Stored return policies (RET-7D-004): exclusions carry their reason, versions count changes, confirmed lines refuse no-reason returns.</summary>
public class ReturnPolicyEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_non_statutory_exclusion_without_an_explanation_is_refused_and_a_statutory_one_needs_only_its_code()
    {
        var missing = Assert.Throws<DomainException>(() => new ReturnPolicyEntry(ReturnPolicyScope.Sku, "EARBUDS",
            ComplianceReturnPolicy.Excluded(ReturnExclusion.ActivatedOrTried, " "), "compliance@x", At));
        var statutory = new ReturnPolicyEntry(ReturnPolicyScope.Category, "fresh", ComplianceReturnPolicy.Excluded(ReturnExclusion.FreshPerishable, null), "compliance@x", At);

        Assert.Equal("explanation", missing.Field);
        Assert.Equal((ReturnExclusion.FreshPerishable, 1), (statutory.Policy.Exclusion, statutory.Version));
    }

    [Fact]
    public void Each_change_bumps_the_version_and_a_window_under_seven_days_is_refused()
    {
        var entry = new ReturnPolicyEntry(ReturnPolicyScope.Sku, "COAT", ComplianceReturnPolicy.NoReason(15), "ops@x", At);
        entry.Change(ComplianceReturnPolicy.Excluded(ReturnExclusion.CustomMade, null), "ops@x", At.AddHours(1));

        Assert.Equal((2, ReturnExclusion.CustomMade), (entry.Version, entry.Policy.Exclusion));
        Assert.Equal("days", Assert.Throws<DomainException>(() => ComplianceReturnPolicy.NoReason(6)).Field);
    }

    [Fact]
    public void A_line_whose_exclusion_the_buyer_confirmed_refuses_a_no_reason_return_with_the_rule_id_but_not_a_defect_claim()
    {
        var confirmation = new ReturnPolicyConfirmation(ReturnExclusion.CustomMade, 3, ReturnPolicyText.Describe(ComplianceReturnPolicy.Excluded(ReturnExclusion.CustomMade, null)),
            DeliveredOrders.DeliveredAt.AddDays(-3));
        var order = DeliveredOrders.With(DeliveredOrders.Line("MUG-ENGRAVED", "home", 1, 129m) with { ReturnConfirmation = confirmation });

        var noReason = ReturnPolicyCheck.Check(CommerceOps.Domain.AfterSales.ReturnPolicy.Default, order, ReturnReason.NoReason, GoodsCondition.Unopened,
            [new(order.Lines[0], 1, 0)], DeliveredOrders.DeliveredAt.AddDays(1));
        var defect = ReturnPolicyCheck.Check(CommerceOps.Domain.AfterSales.ReturnPolicy.Default, order, ReturnReason.QualityDefect, GoodsCondition.Unopened,
            [new(order.Lines[0], 1, 0)], DeliveredOrders.DeliveredAt.AddDays(1));

        var refusal = Assert.Single(noReason);
        Assert.Equal("lines[0].sku", refusal.Field);
        Assert.Contains("RET-7D-004", refusal.Reason);
        Assert.Contains("version 3", refusal.Reason);
        Assert.Empty(defect);
        Assert.Same(confirmation, order.Lines[0].ReturnConfirmation);
    }
}
