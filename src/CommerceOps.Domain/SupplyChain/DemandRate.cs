using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>Mean and standard deviation of units demanded per day.</summary>
public readonly record struct DemandRate
{
    public DemandRate(double meanPerDay, double sdPerDay)
    {
        if (meanPerDay < 0 || sdPerDay < 0 || double.IsNaN(meanPerDay) || double.IsNaN(sdPerDay))
            throw new DomainException("Demand mean and deviation cannot be negative.", "demand");
        MeanPerDay = meanPerDay;
        SdPerDay = sdPerDay;
    }

    public double MeanPerDay { get; }
    public double SdPerDay { get; }
}
