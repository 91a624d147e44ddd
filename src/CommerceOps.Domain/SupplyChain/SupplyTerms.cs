using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>What a supplier accepts: at least <see cref="MinimumOrderQuantity"/> units, in multiples of <see cref="PackSize"/>.</summary>
public sealed record SupplyTerms
{
    public static readonly SupplyTerms None = new(1, 1);

    public SupplyTerms(int minimumOrderQuantity, int packSize)
    {
        if (minimumOrderQuantity < 1) throw new DomainException("The minimum order quantity must be at least 1.", "moq");
        if (packSize < 1) throw new DomainException("The pack size must be at least 1.", "packSize");
        MinimumOrderQuantity = minimumOrderQuantity;
        PackSize = packSize;
    }

    public int MinimumOrderQuantity { get; }
    public int PackSize { get; }

    /// <summary>The smallest orderable quantity that covers <paramref name="needed"/>: at least the MOQ, whole packs; 0 when nothing is needed.</summary>
    public int Orderable(double needed)
    {
        if (!(needed > 0)) return 0;
        var units = Math.Max((long)Math.Ceiling(needed), MinimumOrderQuantity);
        var packs = (units + PackSize - 1) / PackSize;
        return checked((int)(packs * PackSize));
    }
}
