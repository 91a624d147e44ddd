namespace CommerceOps.Domain.AfterSales;

/// <summary>Where a refund goes: back along the original payment, or (cash on delivery) to an account the customer names.</summary>
public enum RefundMethod
{
    OriginalPayment,
    CustomerAccount,
}
