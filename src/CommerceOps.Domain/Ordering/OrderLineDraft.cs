namespace CommerceOps.Domain.Ordering;

/// <summary>A line as the caller asks for it, before the order exists. <see cref="Discount"/> is the promotions' allocation to it.</summary>
public sealed record OrderLineDraft(long SkuId, string SkuCode, string ProductTitle, string CategoryCode, int Quantity, decimal UnitPrice, long? WarehouseId, decimal Discount = 0m,
    ReturnPolicyConfirmation? ReturnConfirmation = null);
