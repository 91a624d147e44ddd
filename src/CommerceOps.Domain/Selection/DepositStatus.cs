namespace CommerceOps.Domain.Selection;

public enum DepositStatus
{
    Paid,
    Refunded,
}
