using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Selection;

/// <summary>A customer's deposit on a pre-sale: units reserved, amount paid (deposit × units), and its refund if the campaign failed.</summary>
public sealed class PreSaleDeposit
{
    private PreSaleDeposit() { }

    internal PreSaleDeposit(string number, long customerId, string customerCode, int quantity, decimal amount, string paymentReference, DateTimeOffset paidAt)
    {
        Number = number;
        CustomerId = customerId;
        CustomerCode = customerCode;
        Quantity = quantity;
        Amount = amount;
        PaymentReference = paymentReference;
        PaidAt = paidAt;
    }

    public long Id { get; private set; }
    public long CampaignId { get; private set; }
    public string Number { get; private set; } = "";
    public long CustomerId { get; private set; }
    public string CustomerCode { get; private set; } = "";
    public int Quantity { get; private set; }
    public decimal Amount { get; private set; }
    public DepositStatus Status { get; private set; }
    public string PaymentReference { get; private set; } = "";
    public DateTimeOffset PaidAt { get; private set; }
    public string? RefundReference { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }

    internal void Refunded(string reference, DateTimeOffset at)
    {
        if (Status == DepositStatus.Refunded) return;
        Status = DepositStatus.Refunded;
        RefundReference = reference;
        RefundedAt = at;
    }
}
