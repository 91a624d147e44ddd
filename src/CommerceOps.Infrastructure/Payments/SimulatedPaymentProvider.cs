using CommerceOps.Domain.Payments;

namespace CommerceOps.Infrastructure.Payments;

/// <summary>
/// The payment provider of the demo and the tests: tokens that start with <c>tok_ok</c> are approved, every
/// other token is declined, the way a real provider declines a token the device did not confirm.
/// </summary>
public sealed class SimulatedPaymentProvider : IPaymentProvider
{
    public Task<PaymentResult> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        var approved = request.Token.StartsWith("tok_ok", StringComparison.Ordinal);
        var reference = $"sim_{Guid.CreateVersion7():N}";
        return Task.FromResult(approved
            ? new PaymentResult(true, reference, null)
            : new PaymentResult(false, reference, "The payment provider declined the token."));
    }
}
