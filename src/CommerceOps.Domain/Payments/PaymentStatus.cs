namespace CommerceOps.Domain.Payments;

public enum PaymentStatus
{
    Succeeded,
    Declined,
}
