namespace CommerceOps.Domain.Payments;

/// <summary>
/// Pays refunds: back against the original charge (<see cref="RefundInstruction.OriginalReference"/>), or, for cash on
/// delivery, as a transfer to the account the customer chose (<see cref="RefundInstruction.PayeeAccount"/>).
/// </summary>
public interface IRefundProvider
{
    Task<RefundResult> RefundAsync(RefundInstruction instruction, CancellationToken cancellationToken);
}

/// <param name="ReturnNumber">Also the provider's idempotency key: one return is refunded at most once.</param>
public sealed record RefundInstruction(string OrderNumber, string ReturnNumber, decimal Amount, string Currency, string? OriginalReference, string? PayeeAccount);

public sealed record RefundResult(bool Succeeded, string ProviderReference, string? FailureReason);
