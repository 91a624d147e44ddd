using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;

namespace CommerceOps.Domain.Tests.Compliance;

public class ReturnPolicyTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 11, 23, 30, 0, China);

    [Fact]
    public void Seven_days_count_from_the_day_after_sign_off()
    {
        Assert.True(NoReasonReturnCheck.Decide(ReturnPolicy.Default, SignedAt, new(2026, 11, 18, 23, 59, 0, China), null).Allowed);
        Assert.False(NoReasonReturnCheck.Decide(ReturnPolicy.Default, SignedAt, new(2026, 11, 19, 0, 1, 0, China), null).Allowed);
    }

    [Fact]
    public void Statutory_exclusions_need_no_consent()
    {
        var fresh = ReturnPolicy.Excluded(ReturnExclusion.FreshPerishable, null);
        Assert.False(fresh.NeedsConsentAtPurchase);
        Assert.False(NoReasonReturnCheck.Decide(fresh, SignedAt, SignedAt.AddDays(1), null).Allowed);
    }

    [Fact]
    public void Other_exclusions_bind_only_with_a_consent_recorded_at_purchase()
    {
        var opened = ReturnPolicy.Excluded(ReturnExclusion.UnsealingAffectsSafety, "拆封后影响卫生，不支持七天无理由退货");
        Assert.True(opened.NeedsConsentAtPurchase);
        Assert.False(NoReasonReturnCheck.Decide(opened, SignedAt, SignedAt.AddDays(1), SignedAt.AddDays(-2)).Allowed);
        Assert.True(NoReasonReturnCheck.Decide(opened, SignedAt, SignedAt.AddDays(1), null).Allowed);
        Assert.Equal("explanation", Assert.Throws<DomainException>(() => ReturnPolicy.Excluded(ReturnExclusion.ActivatedOrTried, " ")).Field);
    }

    [Fact]
    public void Sku_policy_overrides_the_category_and_windows_shorter_than_the_law_are_refused()
    {
        var category = ReturnPolicy.NoReason(15);
        Assert.Equal(15, ReturnPolicy.Resolve(null, category).Days);
        Assert.Equal(ReturnExclusion.CustomMade, ReturnPolicy.Resolve(ReturnPolicy.Excluded(ReturnExclusion.CustomMade, null), category).Exclusion);
        Assert.Same(ReturnPolicy.Default, ReturnPolicy.Resolve(null, null));
        Assert.Throws<DomainException>(() => ReturnPolicy.NoReason(3));
    }
}
