namespace CommerceOps.Domain.Ordering;

public enum PaymentMethod
{
    /// <summary>Quick pay confirmed on the device (fingerprint/face); the platform only sees the provider's token.</summary>
    QuickPay,
    /// <summary>货到付款: confirmed at order time, collected by the carrier on delivery.</summary>
    CashOnDelivery,
    /// <summary>Imported history whose payment method the source does not say, or a method paid outside the platform.</summary>
    Other,
}
