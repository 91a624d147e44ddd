using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Logistics;

/// <summary>
/// The customs declaration of a cross-border order shipped from a bonded warehouse: submitted, then cleared (the
/// parcel may leave) or rejected with the customs' reason; a rejected declaration may be corrected and submitted again.
/// </summary>
public sealed class CustomsDeclaration
{
    private CustomsDeclaration() { }

    public CustomsDeclaration(long orderId, string orderNumber, string declarationNumber, DateTimeOffset at)
    {
        OrderId = orderId;
        OrderNumber = orderNumber;
        Submit(declarationNumber, at);
    }

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public string DeclarationNumber { get; private set; } = "";
    public CustomsStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }

    public void Resubmit(string declarationNumber, DateTimeOffset at)
    {
        if (Status != CustomsStatus.Rejected) throw new InvalidStateException("Only a rejected declaration can be submitted again.");
        Submit(declarationNumber, at);
    }

    public void Clear(DateTimeOffset at)
    {
        EnsureSubmitted();
        Status = CustomsStatus.Cleared;
        DecidedAt = at;
    }

    public void Reject(string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("A rejection needs the customs' reason.", "reason");
        EnsureSubmitted();
        Status = CustomsStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedAt = at;
    }

    private void Submit(string declarationNumber, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(declarationNumber)) throw new DomainException("A declaration needs its number.", "declarationNumber");
        DeclarationNumber = declarationNumber.Trim();
        Status = CustomsStatus.Submitted;
        SubmittedAt = at;
        DecidedAt = null;
        RejectionReason = null;
    }

    private void EnsureSubmitted()
    {
        if (Status != CustomsStatus.Submitted) throw new InvalidStateException($"The declaration is already {Status.ToString().ToLowerInvariant()}.");
    }
}
