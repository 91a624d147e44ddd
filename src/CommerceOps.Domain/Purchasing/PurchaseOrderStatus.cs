namespace CommerceOps.Domain.Purchasing;

public enum PurchaseOrderStatus
{
    Draft,
    Sent,
    PartlyReceived,
    Received,
    Cancelled,
}
