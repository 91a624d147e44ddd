using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>
/// Where class A and class B end, as shares of the total. A SKU is classed by the cumulative share of the SKUs ranked
/// before it: A while that is below <see cref="A"/>, B while below <see cref="B"/>, C otherwise, so the SKU that crosses
/// a line still belongs to the class it started in.
/// </summary>
public sealed record AbcThresholds
{
    public static readonly AbcThresholds Default = new(0.80m, 0.95m);

    public AbcThresholds(decimal a, decimal b)
    {
        if (a <= 0m || a > 1m) throw new DomainException("The A threshold must be a share above 0 and at most 1.", "a");
        if (b < a || b > 1m) throw new DomainException("The B threshold must be a share between the A threshold and 1.", "b");
        A = a;
        B = b;
    }

    public decimal A { get; }
    public decimal B { get; }
}
