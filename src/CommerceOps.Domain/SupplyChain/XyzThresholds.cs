using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>
/// Limits on the coefficient of variation (σ / mean) of weekly demand: X up to <see cref="X"/>, Y up to <see cref="Y"/>,
/// Z above. A SKU without positive mean demand has no meaningful variation and is Z.
/// </summary>
public sealed record XyzThresholds
{
    public static readonly XyzThresholds Default = new(0.5, 1.0);

    public XyzThresholds(double x, double y)
    {
        if (!(x > 0)) throw new DomainException("The X limit must be above 0.", "x");
        if (!(y >= x)) throw new DomainException("The Y limit must be at least the X limit.", "y");
        X = x;
        Y = y;
    }

    public double X { get; }
    public double Y { get; }
}
