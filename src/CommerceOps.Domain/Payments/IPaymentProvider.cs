namespace CommerceOps.Domain.Payments;

/// <summary>
/// A payment provider. Quick pay: the device confirms fingerprint or face with the provider's SDK and hands the
/// platform a one-time token; the platform charges the token and never sees biometrics or card data.
/// </summary>
public interface IPaymentProvider
{
    Task<PaymentResult> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken);
}

public sealed record PaymentRequest(string OrderNumber, decimal Amount, string Currency, string Token);

public sealed record PaymentResult(bool Succeeded, string ProviderReference, string? FailureReason);
