using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Selection;

/// <summary>
/// A pre-sale: customers put down <see cref="DepositAmount"/> per unit of a SKU until <see cref="Deadline"/>. Then
/// it settles: <see cref="TargetQuantity"/> units reached → succeeded, and a purchase order for the deposited units
/// is raised to the SKU's supplier; missed → failed, and every deposit is refunded. Closing records that outcome
/// (the purchase order, or that every refund was paid). Each step is idempotent: settling or closing again changes nothing.
/// </summary>
public sealed class PreSaleCampaign : AggregateRoot
{
    public const int MaxTitleLength = 200;
    public const int MaxUnitsPerDeposit = 100;

    private readonly List<PreSaleDeposit> _deposits = [];

    private PreSaleCampaign() { }

    public PreSaleCampaign(string code, string title, long skuId, string skuCode, long? candidateId, decimal depositAmount, int targetQuantity,
        DateTimeOffset deadline, DateTimeOffset createdAt)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitleLength) throw new DomainException($"A title has 1 to {MaxTitleLength} characters.", "title");
        if (depositAmount <= 0) throw new DomainException("The deposit must be positive.", "depositAmount");
        if (targetQuantity < 1) throw new DomainException("The target is at least one unit.", "targetQuantity");
        if (deadline <= createdAt) throw new DomainException("The deadline must be in the future.", "deadline");
        Code = code;
        Title = title.Trim();
        SkuId = skuId;
        SkuCode = skuCode;
        CandidateId = candidateId;
        DepositAmount = Money.Round(depositAmount);
        TargetQuantity = targetQuantity;
        Deadline = deadline;
        CreatedAt = createdAt;
    }

    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public long SkuId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public long? CandidateId { get; private set; }
    public decimal DepositAmount { get; private set; }
    public int TargetQuantity { get; private set; }
    public DateTimeOffset Deadline { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public PreSaleStatus Status { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? PurchaseOrderNumber { get; private set; }
    /// <summary>Units deposited (paid deposits; refunds do not lower it, so a failed campaign still shows how far it got).</summary>
    public int DepositedQuantity { get; private set; }
    public IReadOnlyList<PreSaleDeposit> Deposits => _deposits;

    public bool TargetReached => DepositedQuantity >= TargetQuantity;

    public bool IsDue(DateTimeOffset now) => Status != PreSaleStatus.Closed && now >= Deadline;

    /// <summary>Refuses a deposit the campaign cannot take; called before the customer is charged.</summary>
    public void CheckAcceptsDeposit(int quantity, DateTimeOffset at)
    {
        if (Status != PreSaleStatus.Open) throw new InvalidStateException($"The pre-sale is {Status.ToWire()}; it takes no more deposits.");
        if (at >= Deadline) throw new InvalidStateException("The pre-sale's deadline has passed.");
        if (quantity is < 1 or > MaxUnitsPerDeposit) throw new DomainException($"A deposit is for 1 to {MaxUnitsPerDeposit} units.", "quantity");
    }

    public PreSaleDeposit PlaceDeposit(string number, long customerId, string customerCode, int quantity, string paymentReference, DateTimeOffset at)
    {
        CheckAcceptsDeposit(quantity, at);
        var deposit = new PreSaleDeposit(number, customerId, customerCode, quantity, AmountFor(quantity), paymentReference, at);
        _deposits.Add(deposit);
        DepositedQuantity += quantity;
        return deposit;
    }

    public decimal AmountFor(int quantity) => Money.Round(DepositAmount * quantity);

    /// <summary>Decides the outcome from the deposits so far (at the deadline, or earlier when operations closes it). No-op once settled.</summary>
    public PreSaleStatus Settle(DateTimeOffset at)
    {
        if (Status != PreSaleStatus.Open) return Status;
        Status = TargetReached ? PreSaleStatus.Succeeded : PreSaleStatus.Failed;
        SettledAt = at;
        return Status;
    }

    /// <summary>Deposits a failed campaign still owes back.</summary>
    public IEnumerable<PreSaleDeposit> DepositsToRefund =>
        Status == PreSaleStatus.Failed ? _deposits.Where(d => d.Status == DepositStatus.Paid) : [];

    public void RecordRefund(string depositNumber, string reference, DateTimeOffset at)
    {
        if (Status != PreSaleStatus.Failed) throw new InvalidStateException($"A {Status.ToWire()} pre-sale refunds nothing.");
        var deposit = _deposits.SingleOrDefault(d => d.Number == depositNumber) ?? throw new NotFoundException($"Deposit {depositNumber} is not on this pre-sale.");
        deposit.Refunded(reference, at);
    }

    /// <summary>Closes a succeeded campaign once its purchase order exists.</summary>
    public void CloseWithPurchaseOrder(string purchaseOrderNumber, DateTimeOffset at)
    {
        if (Status == PreSaleStatus.Closed) return;
        if (Status != PreSaleStatus.Succeeded) throw new InvalidStateException($"A {Status.ToWire()} pre-sale raises no purchase order.");
        PurchaseOrderNumber = purchaseOrderNumber;
        Status = PreSaleStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>Closes a failed campaign once every deposit is refunded.</summary>
    public void CloseRefunded(DateTimeOffset at)
    {
        if (Status == PreSaleStatus.Closed) return;
        if (Status != PreSaleStatus.Failed) throw new InvalidStateException($"A {Status.ToWire()} pre-sale is not closed by refunds.");
        if (DepositsToRefund.Any()) throw new InvalidStateException("Some deposits are not refunded yet.");
        Status = PreSaleStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>The outcome a closed campaign reached: succeeded when it raised a purchase order.</summary>
    public PreSaleStatus Outcome => Status == PreSaleStatus.Closed ? (PurchaseOrderNumber is null ? PreSaleStatus.Failed : PreSaleStatus.Succeeded) : Status;
}
