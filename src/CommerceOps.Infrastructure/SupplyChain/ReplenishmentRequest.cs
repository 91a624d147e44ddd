using CommerceOps.Domain.Common;
using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// A replenishment run: demand statistics over the <see cref="WindowDays"/> whole days ending with <see cref="AsOf"/>
/// (UTC), ABC/XYZ classes over the same days, and the class policies.
/// </summary>
public sealed record ReplenishmentRequest(DateOnly AsOf, int WindowDays, ClassPolicies Policies, AbcThresholds Abc, XyzThresholds Xyz)
{
    public const int DefaultWindowDays = 90;

    public static ReplenishmentRequest For(DateOnly asOf, int windowDays = DefaultWindowDays) =>
        new(asOf, windowDays, ClassPolicies.Default, AbcThresholds.Default, XyzThresholds.Default);

    public ClassificationRequest Classification
    {
        get
        {
            if (WindowDays is < 7 or > 3660) throw new DomainException("The demand window is between 7 and 3660 days.", "window");
            return new ClassificationRequest(AsOf.AddDays(1 - WindowDays), AsOf, AbcBasis.Revenue, Abc, Xyz);
        }
    }
}
