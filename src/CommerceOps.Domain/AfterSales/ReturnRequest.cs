using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// A return/refund request for units of one order. It is acknowledged when it is created, carries the audit of the
/// automatic rules, and runs a resolution deadline (<see cref="ReturnSla"/>) until it is decided: refunded at once,
/// approved to come back (refunded on receipt), or rejected with a reason.
/// </summary>
public sealed class ReturnRequest : AggregateRoot
{
    public const int MaxDescriptionLength = 1000;
    public const int MaxNoteLength = 500;

    private readonly List<ReturnLine> _lines = [];
    private readonly List<ReturnEvidence> _evidence = [];
    private List<RuleAuditEntry> _ruleAudit = [];

    private ReturnRequest() { }

    public string Number { get; private set; } = "";
    public long OrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public string? CustomerCode { get; private set; }
    public PaymentMethod PaymentMethod { get; private set; }
    public string Currency { get; private set; } = Money.DefaultCurrency;
    public ReturnReason Reason { get; private set; }
    public GoodsCondition Condition { get; private set; }
    public string Description { get; private set; } = "";
    public ReturnStatus Status { get; private set; }
    public ReturnGoods Goods { get; private set; }
    public string RuleId { get; private set; } = "";
    public ReturnRuleAction RuleAction { get; private set; }
    public IReadOnlyList<RuleAuditEntry> RuleAudit => _ruleAudit;
    public decimal RefundAmount { get; private set; }
    public RefundMethod RefundMethod { get; private set; }
    public RefundAccount? RefundAccount { get; private set; }
    public string? RefundReference { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>The automatic acknowledgement to the customer, sent in the call that created the request.</summary>
    public DateTimeOffset AcknowledgedAt { get; private set; }
    public DateTimeOffset ResolveBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }
    public DateTimeOffset? GoodsReceivedAt { get; private set; }
    public DateTimeOffset? SlaBreachedAt { get; private set; }
    /// <summary>Why it was rejected, or what the agent noted.</summary>
    public string? Resolution { get; private set; }
    public IReadOnlyList<ReturnLine> Lines => _lines;
    public IReadOnlyList<ReturnEvidence> Evidence => _evidence;

    public static ReturnRequest Open(
        string number, Order order, ReturnReason reason, GoodsCondition condition, string? description, IReadOnlyList<ReturnLine> lines,
        IReadOnlyList<ReturnEvidence> evidence, RefundAccount? account, ReturnRuleOutcome rules, ReturnSla sla, DateTimeOffset now)
    {
        description = description?.Trim() ?? "";
        if (description.Length > MaxDescriptionLength) throw new DomainException($"The description is at most {MaxDescriptionLength} characters.", "description");
        if (lines.Count == 0) throw new DomainException("A return needs at least one line.", "lines");
        if (evidence.Count > EvidenceFormat.MaxFilesPerRequest) throw new DomainException($"At most {EvidenceFormat.MaxFilesPerRequest} evidence files.", "evidence");
        if (evidence.FirstOrDefault(e => e.IsClaimed) is { } claimed) throw new DomainException($"Evidence {claimed.Token} belongs to another request.", "evidence");
        var method = order.PaymentMethod == PaymentMethod.CashOnDelivery ? RefundMethod.CustomerAccount : RefundMethod.OriginalPayment;
        if (method == RefundMethod.CustomerAccount && account is null)
            throw new DomainException("Cash on delivery is refunded to an account the customer chooses: give refundAccount.", "refundAccount");

        var request = new ReturnRequest
        {
            Number = number,
            OrderId = order.Id,
            OrderNumber = order.Number,
            CustomerCode = order.CustomerCode,
            PaymentMethod = order.PaymentMethod,
            Currency = order.Currency,
            Reason = reason,
            Condition = condition,
            Description = description,
            Status = ReturnStatus.Open,
            Goods = ReturnGoods.Expected,
            RuleId = rules.RuleId,
            RuleAction = rules.Action,
            _ruleAudit = [.. rules.Audit],
            RefundAmount = lines.Sum(l => l.RefundAmount),
            RefundMethod = method,
            RefundAccount = method == RefundMethod.CustomerAccount ? account : null,
            CreatedAt = now,
            AcknowledgedAt = now,
            ResolveBy = now + sla.ResolveWithin,
        };
        request._lines.AddRange(lines);
        request._evidence.AddRange(evidence);
        if (rules.Action == ReturnRuleAction.RefundWithoutReturn) request.Goods = ReturnGoods.NotRequired;
        return request;
    }

    /// <summary>The refund went through the provider: the request is refunded (a rule, an agent, or receipt of the goods decided it).</summary>
    public void MarkRefunded(string reference, string decidedBy, DateTimeOffset at)
    {
        if (Status is ReturnStatus.Refunded or ReturnStatus.Rejected) throw new InvalidStateException($"Return {Number} is already {Status.ToWire()}.");
        Status = ReturnStatus.Refunded;
        RefundReference = reference;
        RefundedAt = at;
        Decide(decidedBy, null, at);
        Raise(new RefundIssued(Number, OrderNumber, RefundAmount, Currency, RefundMethod.ToWire(), Reason.ToWire(), RuleId) { OccurredAt = at });
    }

    /// <summary>An agent approves: the goods come back and the refund is paid on receipt.</summary>
    public void ApproveReturn(string agent, string? note, DateTimeOffset at)
    {
        EnsureOpen();
        Status = ReturnStatus.AwaitingGoods;
        Goods = ReturnGoods.Expected;
        Decide(agent, note, at);
    }

    /// <summary>An agent (or the inspection on receipt) refuses; the reason is shown to the customer.</summary>
    public void Reject(string reason, string decidedBy, DateTimeOffset at)
    {
        if (Status is not (ReturnStatus.Open or ReturnStatus.AwaitingGoods)) throw new InvalidStateException($"Return {Number} is already {Status.ToWire()}.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("A rejection states its reason.", "reason");
        Status = ReturnStatus.Rejected;
        Decide(decidedBy, reason.Trim(), at);
    }

    /// <summary>The goods arrived back at the warehouse.</summary>
    public void ReceiveGoods(DateTimeOffset at)
    {
        if (Goods != ReturnGoods.Expected) throw new InvalidStateException($"Return {Number} does not expect goods back.");
        if (Status == ReturnStatus.Rejected) throw new InvalidStateException($"Return {Number} was rejected.");
        Goods = ReturnGoods.Received;
        GoodsReceivedAt = at;
    }

    public void MarkSlaBreached(DateTimeOffset at) => SlaBreachedAt ??= at;

    private void EnsureOpen()
    {
        if (Status != ReturnStatus.Open) throw new InvalidStateException($"Return {Number} is {Status.ToWire()}, not open.");
    }

    // The first decision counts for the SLA; a later rejection on inspection adds its reason.
    private void Decide(string by, string? note, DateTimeOffset at)
    {
        DecidedAt ??= at;
        DecidedBy ??= by;
        if (note is not null) Resolution = note.Length > MaxNoteLength ? note[..MaxNoteLength] : note;
    }

    /// <summary>On a deletion request: the free text and the refund account holder go; the amounts and decisions stay (PI-RETAIN-009).</summary>
    public void MaskPersonalData()
    {
        Description = "";
        if (RefundAccount is { } account) RefundAccount = account with { Holder = Customers.PersonalDataMask.Name(account.Holder)!, Number = "****" + account.Number[^4..] };
    }
}
