using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>A supplier's replenishment lead time in days: its mean and standard deviation.</summary>
public readonly record struct LeadTime
{
    public LeadTime(double meanDays, double sdDays)
    {
        if (meanDays < 0 || sdDays < 0 || double.IsNaN(meanDays) || double.IsNaN(sdDays))
            throw new DomainException("Lead time mean and deviation cannot be negative.", "leadTime");
        MeanDays = meanDays;
        SdDays = sdDays;
    }

    public double MeanDays { get; }
    public double SdDays { get; }
}
