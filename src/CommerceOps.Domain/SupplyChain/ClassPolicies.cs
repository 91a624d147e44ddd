using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>
/// How each ABC class is stocked. A holds safety stock at a high service level; B is replenished at a lower one and
/// counts open pre-sale orders as demand; C holds no safety stock and is offered for clearance or bundles when it
/// sells slowly and covers many days.
/// </summary>
public sealed record ClassPolicies(
    double ServiceLevelA = 0.98,
    double ServiceLevelB = 0.95,
    int ReviewPeriodDays = 7,
    double ClearanceDaysOfCover = 90,
    double ClearanceSellThrough = 0.2,
    double OrderCost = 50,
    double HoldingRatePerYear = 0.25)
{
    public static readonly ClassPolicies Default = new();

    public double ServiceLevel(AbcClass abc) => abc switch
    {
        AbcClass.A => ServiceLevelA,
        AbcClass.B => ServiceLevelB,
        _ => 0.5,
    };

    /// <summary>The safety factor z of the class's service level (0 for C: no safety stock).</summary>
    public double SafetyFactor(AbcClass abc) => abc == AbcClass.C ? 0 : StandardNormal.InverseCdf(Validated(ServiceLevel(abc)));

    private static double Validated(double level) =>
        level is > 0.5 and < 1 ? level : throw new DomainException("A service level must be above 0.5 and below 1.", "serviceLevel");
}
