using CommerceOps.Domain.Common;
using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Domain.Purchasing;

/// <summary>
/// A supplier and its agreed replenishment lead time (mean and standard deviation in days) and default order terms.
/// Received purchase orders show the lead time it really keeps; replenishment prefers that once there are enough.
/// </summary>
public sealed class Supplier
{
    private Supplier() { }

    public Supplier(string code, string name, double leadTimeDays, double leadTimeSdDays, int minimumOrderQuantity = 1, int packSize = 1)
    {
        Code = code;
        Name = name;
        ChangeTerms(leadTimeDays, leadTimeSdDays, minimumOrderQuantity, packSize);
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public double LeadTimeDays { get; private set; }
    public double LeadTimeSdDays { get; private set; }
    public int MinimumOrderQuantity { get; private set; } = 1;
    public int PackSize { get; private set; } = 1;

    public LeadTime LeadTime => new(LeadTimeDays, LeadTimeSdDays);

    public SupplyTerms Terms => new(MinimumOrderQuantity, PackSize);

    public void ChangeTerms(double leadTimeDays, double leadTimeSdDays, int minimumOrderQuantity, int packSize)
    {
        _ = new LeadTime(leadTimeDays, leadTimeSdDays);
        _ = new SupplyTerms(minimumOrderQuantity, packSize);
        if (leadTimeDays > 365) throw new DomainException("A lead time above a year is not a lead time.", "leadTimeDays");
        LeadTimeDays = leadTimeDays;
        LeadTimeSdDays = leadTimeSdDays;
        MinimumOrderQuantity = minimumOrderQuantity;
        PackSize = packSize;
    }
}
