using CommerceOps.Domain.Payments;

namespace CommerceOps.Infrastructure.Payments;

/// <summary>The refund side of the simulated provider (demo and tests): every refund with an amount above zero and a destination is paid.</summary>
public sealed class SimulatedRefundProvider : IRefundProvider
{
    public Task<RefundResult> RefundAsync(RefundInstruction instruction, CancellationToken cancellationToken)
    {
        var reference = $"sim_rf_{Guid.CreateVersion7():N}";
        var payable = instruction.Amount > 0 && (instruction.OriginalReference is not null || instruction.PayeeAccount is not null);
        return Task.FromResult(payable
            ? new RefundResult(true, reference, null)
            : new RefundResult(false, reference, "The refund has no amount or no destination."));
    }
}
