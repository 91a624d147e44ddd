using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Ordering;
using AfterSalesPolicy = CommerceOps.Domain.AfterSales.ReturnPolicy;
using ComplianceReturnPolicy = CommerceOps.Domain.Compliance.ReturnPolicy;
using ReturnDecision = CommerceOps.Domain.AfterSales.ReturnDecision;

namespace CommerceOps.Domain.Tests.Compliance;

/// <summary>RET-7D-004 per SKU and category: which policy applies, and what it means for an order's no-reason return.</summary>
public class ReturnPolicyBookTests
{
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 12, 15, 0, 0, TimeSpan.FromHours(8));

    private static readonly ReturnPolicyBook Book = new(
        new Dictionary<string, ComplianceReturnPolicy> { ["CAKE-CUSTOM"] = ComplianceReturnPolicy.Excluded(ReturnExclusion.CustomMade, null) },
        new Dictionary<string, ComplianceReturnPolicy>
        {
            ["fresh"] = ComplianceReturnPolicy.Excluded(ReturnExclusion.FreshPerishable, null),
            ["beauty.skincare"] = ComplianceReturnPolicy.Excluded(ReturnExclusion.UnsealingAffectsSafety, "拆封后影响卫生，不支持七天无理由退货"),
            ["apparel"] = ComplianceReturnPolicy.NoReason(15),
        });

    [Fact]
    public void The_SKU_policy_wins_then_the_most_specific_category_then_7_days()
    {
        Assert.Equal(ReturnExclusion.CustomMade, Book.For("CAKE-CUSTOM", "food").Exclusion);
        Assert.Equal(ReturnExclusion.FreshPerishable, Book.For("APPLE-5KG", "fresh.fruit").Exclusion);
        Assert.True(Book.For("CREAM-1", "beauty.skincare.face").NeedsConsentAtPurchase);
        Assert.Equal(15, Book.For("COAT-1", "apparel").Days);
        Assert.Same(ComplianceReturnPolicy.Default, Book.For("TENT-2", "outdoor"));
    }

    [Fact]
    public void A_non_statutory_exclusion_binds_only_when_confirmed_at_purchase_and_the_window_starts_the_day_after_sign_off()
    {
        var policy = AfterSalesPolicy.Default;
        PolicyLine Cream(DateTimeOffset? confirmed) => new("CREAM-1", "beauty.skincare", Book.For("CREAM-1", "beauty.skincare"), confirmed);
        var apple = new PolicyLine("APPLE-5KG", "fresh.fruit", Book.For("APPLE-5KG", "fresh.fruit"), null);

        var unconfirmed = policy.Evaluate(OrderStatus.Delivered, SignedAt, [Cream(null), apple], SignedAt.AddDays(3));
        Assert.Equal(ReturnDecision.Eligible, unconfirmed.Decision);
        Assert.Equal(["fresh.fruit"], unconfirmed.ExcludedCategories);
        Assert.Equal(new DateOnly(2026, 11, 19), DateOnly.FromDateTime(unconfirmed.Until!.Value.ToOffset(TimeSpan.FromHours(8)).DateTime));

        var confirmed = policy.Evaluate(OrderStatus.Delivered, SignedAt, [Cream(SignedAt.AddDays(-2)), apple], SignedAt.AddDays(3));
        Assert.Equal(ReturnDecision.Excluded, confirmed.Decision);
        Assert.Equal(ReturnDecision.WindowClosed, policy.Evaluate(OrderStatus.Delivered, SignedAt, [Cream(null)], SignedAt.AddDays(8)).Decision);
        Assert.Equal(ReturnDecision.NotShipped, policy.Evaluate(OrderStatus.Paid, null, [Cream(null)], SignedAt).Decision);
    }
}
