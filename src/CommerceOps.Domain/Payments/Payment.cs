using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.Payments;

/// <summary>
/// One payment attempt. Only the provider's reference is stored: biometrics stay on the device and card
/// numbers with the provider, so nothing here needs PCI scope.
/// </summary>
public sealed class Payment : AggregateRoot
{
    private Payment() { }

    public static Payment Record(Order order, PaymentResult result, DateTimeOffset at)
    {
        var payment = new Payment
        {
            OrderId = order.Id,
            OrderNumber = order.Number,
            Method = order.PaymentMethod,
            Amount = order.Total,
            Currency = order.Currency,
            Status = result.Succeeded ? PaymentStatus.Succeeded : PaymentStatus.Declined,
            ProviderReference = result.ProviderReference,
            FailureReason = result.FailureReason,
            CreatedAt = at,
        };
        if (result.Succeeded)
            payment.Raise(new PaymentCaptured(order.Number, order.PaymentMethod.ToWire(), order.Total, order.Currency, result.ProviderReference) { OccurredAt = at });
        return payment;
    }

    /// <summary>
    /// A payment recorded by imported history, kept with the source's own payment type (e.g. Olist's "boleto") as
    /// its reference; it raises no event, the imported order's facts already say it was paid.
    /// </summary>
    public static Payment Imported(long orderId, string orderNumber, PaymentMethod method, decimal amount, string currency, string sourceType, DateTimeOffset at) =>
        new()
        {
            OrderId = orderId,
            OrderNumber = orderNumber,
            Method = method,
            Amount = amount,
            Currency = currency,
            Status = PaymentStatus.Succeeded,
            ProviderReference = sourceType,
            CreatedAt = at,
        };

    public long OrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public PaymentMethod Method { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = Money.DefaultCurrency;
    public PaymentStatus Status { get; private set; }
    public string ProviderReference { get; private set; } = "";
    public string? FailureReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
