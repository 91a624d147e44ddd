using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;

namespace CommerceOps.Domain.Ordering;

/// <summary>
/// An order and its state machine (<see cref="OrderTransitions"/>). Every transition is recorded in
/// <see cref="History"/> and raised as a domain event; the address and remarks can change only before shipment.
/// </summary>
public sealed class Order : AggregateRoot
{
    public const int MaxLines = 200;
    public const int MaxQuantityPerLine = 9_999;
    public const int MaxRemarksLength = 500;

    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderStatusChange> _history = [];
    private readonly List<OrderPromotion> _promotions = [];

    private Order() { }

    public string Number { get; private set; } = "";
    public long? CustomerId { get; private set; }
    public string? CustomerCode { get; private set; }
    public string Channel { get; private set; } = Channels.Organic;
    public string Source { get; private set; } = OrderSources.Platform;
    public OrderStatus Status { get; private set; }
    public PaymentMethod PaymentMethod { get; private set; }
    public string Currency { get; private set; } = Money.DefaultCurrency;
    public PostalAddress? ShippingAddress { get; private set; }
    public string Remarks { get; private set; } = "";
    public DateTimeOffset PlacedAt { get; private set; }
    public DateTimeOffset? PaymentDueAt { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? ShippedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    /// <summary>
    /// The delivery promised to the customer, as the instant it runs out: a promise of "by 27 August" is kept by any
    /// delivery before midnight at the end of 27 August, local time.
    /// </summary>
    public DateTimeOffset? PromisedBy { get; private set; }
    /// <summary>Start of the promised delivery window (the promised day's midnight, or a same-day afternoon window's start).</summary>
    public DateTimeOffset? PromisedFrom { get; private set; }
    /// <summary>The warehouse cut-off the order must leave by to keep its promise; later, the shipment is late.</summary>
    public DateTimeOffset? ShipBy { get; private set; }
    public Logistics.ServiceLevel? PromiseLevel { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public decimal Total { get; private set; }
    /// <summary>Bumped by every change, so two staff members changing one order at once cannot overwrite each other.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<OrderLine> Lines => _lines;
    public IReadOnlyList<OrderStatusChange> History => _history;
    /// <summary>The promotions applied at checkout and the discount each gave (the lines hold the allocation).</summary>
    public IReadOnlyList<OrderPromotion> Promotions => _promotions;

    /// <summary>Places an order from the platform: positive quantities, an address, and (for online payment) a due time.</summary>
    public static Order Place(
        string number, Customer customer, string channel, PaymentMethod paymentMethod, PostalAddress address,
        string? remarks, IReadOnlyList<OrderLineDraft> lines, DateTimeOffset placedAt, TimeSpan paymentWindow,
        IReadOnlyList<OrderPromotion>? promotions = null)
    {
        if (!Channels.All.Contains(channel)) throw new DomainException($"Unknown channel '{channel}'.", "channel");
        if (paymentMethod == PaymentMethod.Other) throw new DomainException("Choose quick_pay or cash_on_delivery.", "paymentMethod");
        if (lines.Count == 0) throw new DomainException("An order needs at least one line.", "lines");
        if (lines.Count > MaxLines) throw new DomainException($"An order has at most {MaxLines} lines.", "lines");
        foreach (var line in lines)
            if (line.Quantity is < 1 or > MaxQuantityPerLine)
                throw new DomainException($"Quantity must be between 1 and {MaxQuantityPerLine}.", "quantity");
        if (lines.Any(l => l.UnitPrice < 0)) throw new DomainException("A unit price cannot be negative.", "unitPrice");
        if (lines.Any(l => l.Discount < 0 || l.Discount > Money.Round(l.UnitPrice * l.Quantity)))
            throw new DomainException("A line's discount is between zero and its amount.", "discount");
        promotions ??= [];
        if (promotions.Sum(p => p.Amount) != lines.Sum(l => l.Discount))
            throw new DomainException("The lines' discounts must add up to the promotions' amounts.", "discount");

        var order = new Order
        {
            Number = number,
            CustomerId = customer.Id,
            CustomerCode = customer.Code,
            Channel = channel,
            Source = OrderSources.Platform,
            Status = OrderStatus.Placed,
            PaymentMethod = paymentMethod,
            ShippingAddress = address,
            PlacedAt = placedAt,
            PaymentDueAt = paymentMethod == PaymentMethod.QuickPay ? placedAt + paymentWindow : null,
        };
        order.SetRemarksText(remarks);
        order._promotions.AddRange(promotions);
        order.AddLines(lines);
        order._history.Add(new OrderStatusChange(null, OrderStatus.Placed, placedAt, null));
        order.RaisePlaced(placedAt);
        return order;
    }

    /// <summary>
    /// Records an order from imported history as it was, without replaying the state machine. Imported
    /// cancellation documents carry negative quantities.
    /// </summary>
    public static Order Import(
        string number, long? customerId, string? customerCode, string source, string channel, OrderStatus status,
        PaymentMethod paymentMethod, string currency, PostalAddress? address, IReadOnlyList<OrderLineDraft> lines,
        DateTimeOffset placedAt)
    {
        if (lines.Count == 0) throw new DomainException("An order needs at least one line.", "lines");
        var order = new Order
        {
            Number = number,
            CustomerId = customerId,
            CustomerCode = customerCode,
            Channel = channel,
            Source = source,
            Status = status,
            PaymentMethod = paymentMethod,
            Currency = currency,
            ShippingAddress = address,
            PlacedAt = placedAt,
            CancelledAt = status == OrderStatus.Cancelled ? placedAt : null,
            PaidAt = status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed ? placedAt : null,
        };
        order.AddLines(lines);
        order._history.Add(new OrderStatusChange(null, status, placedAt, $"imported from {source}"));
        order.RaisePlaced(placedAt);
        return order;
    }

    /// <summary>What imported history says about shipping and delivery, taken as recorded (no transitions, no events).</summary>
    public void ImportFulfilment(DateTimeOffset? shippedAt, DateTimeOffset? deliveredAt, DateTimeOffset? promisedBy)
    {
        if (Source == OrderSources.Platform) throw new InvalidStateException("Only imported orders take recorded fulfilment.");
        ShippedAt = shippedAt;
        DeliveredAt = deliveredAt;
        PromisedBy = promisedBy;
    }

    /// <summary>Records the delivery promise made at checkout (<see cref="Logistics.DeliveryPromiseCalculator"/>).</summary>
    public void SetPromise(Logistics.DeliveryPromise promise)
    {
        if (ShippedAt is not null) throw new InvalidStateException("The order has shipped; its promise is fixed.");
        PromisedFrom = promise.DeliverFrom;
        PromisedBy = promise.DeliverBy;
        ShipBy = promise.ShipBy;
        PromiseLevel = promise.Level;
    }

    public void MarkPaid(DateTimeOffset at)
    {
        if (PaymentMethod != PaymentMethod.QuickPay) throw new InvalidStateException("Cash-on-delivery orders are confirmed, not paid online.");
        MoveTo(OrderStatus.Paid, at);
        PaidAt = at;
    }

    public void ConfirmCashOnDelivery(DateTimeOffset at)
    {
        if (PaymentMethod != PaymentMethod.CashOnDelivery) throw new InvalidStateException("Only cash-on-delivery orders can be confirmed without payment.");
        MoveTo(OrderStatus.CodConfirmed, at);
    }

    public void Ship(DateTimeOffset at)
    {
        MoveTo(OrderStatus.Shipped, at);
        ShippedAt = at;
    }

    /// <summary>Delivery; for cash on delivery the carrier collects the money at the door, so the order counts as paid then.</summary>
    public void Deliver(DateTimeOffset at)
    {
        MoveTo(OrderStatus.Delivered, at);
        DeliveredAt = at;
        if (PaymentMethod == PaymentMethod.CashOnDelivery) PaidAt ??= at;
    }

    public void Complete(DateTimeOffset at)
    {
        MoveTo(OrderStatus.Completed, at);
        CompletedAt = at;
    }

    public void Cancel(string reason, DateTimeOffset at)
    {
        MoveTo(OrderStatus.Cancelled, at, reason);
        CancelledAt = at;
    }

    public void RequestRefund(string reason, DateTimeOffset at) => MoveTo(OrderStatus.RefundRequested, at, reason);

    public void MarkRefunded(DateTimeOffset at) => MoveTo(OrderStatus.Refunded, at);

    /// <summary>An after-sales request that was refused returns the order to completed.</summary>
    public void RejectRefund(string reason, DateTimeOffset at)
    {
        if (Status != OrderStatus.RefundRequested) throw new InvalidStateException("There is no refund request to reject.");
        MoveTo(OrderStatus.Completed, at, reason);
        CompletedAt ??= at;
    }

    /// <summary>A return settled with a refund of part of the order: the order is completed again and may take a request for the rest.</summary>
    public void SettlePartialRefund(string reason, DateTimeOffset at)
    {
        if (Status != OrderStatus.RefundRequested) throw new InvalidStateException("There is no refund request to settle.");
        MoveTo(OrderStatus.Completed, at, reason);
        CompletedAt ??= at;
    }

    public bool CanChangeDelivery => Status is OrderStatus.Placed or OrderStatus.Paid or OrderStatus.CodConfirmed;

    public void ChangeAddress(PostalAddress address, DateTimeOffset at)
    {
        EnsureDeliveryChangeable("address");
        ShippingAddress = address;
        Version++;
        Raise(new OrderAddressChanged(Number, address.Province, address.City) { OccurredAt = at });
    }

    public void ChangeRemarks(string? remarks)
    {
        EnsureDeliveryChangeable("remarks");
        SetRemarksText(remarks);
        Version++;
    }

    /// <summary>
    /// Masks the buyer's personal fields on a deletion request while the order itself stays as the transaction record the
    /// law requires for 3 years (PI-RETAIN-009): the recipient, phone and address line are masked, remarks are cleared;
    /// province, city and district stay because they are not identifying on their own and logistics reports need them.
    /// </summary>
    public void MaskPersonalData()
    {
        if (ShippingAddress is { } a)
            ShippingAddress = a with { Recipient = PersonalDataMask.Name(a.Recipient)!, Phone = PersonalDataMask.Phone(a.Phone)!, Line = PersonalDataMask.Line(a.Line) };
        Remarks = "";
        Version++;
    }

    /// <summary>
    /// When the retention period of an anonymised customer's transaction record has passed (PI-RETAIN-009): the link to
    /// the customer and what is left of the recipient (masked name, phone, address line) go, so the order stays only as
    /// unattributable accounting data — amounts, lines, status history, province/city/district — which other laws
    /// (accounting and tax records) may still require.
    /// </summary>
    public void ClearRetainedPersonalData()
    {
        CustomerId = null;
        CustomerCode = null;
        if (ShippingAddress is { } a) ShippingAddress = a with { Recipient = "", Phone = "", Line = "" };
        Remarks = "";
        Version++;
    }

    private void EnsureDeliveryChangeable(string what)
    {
        if (!CanChangeDelivery)
            throw new InvalidStateException($"The {what} cannot be changed once the order is {Status.ToWire()}.");
    }

    private void SetRemarksText(string? remarks)
    {
        remarks = remarks?.Trim() ?? "";
        if (remarks.Length > MaxRemarksLength) throw new DomainException($"Remarks are at most {MaxRemarksLength} characters.", "remarks");
        Remarks = remarks;
    }

    private void AddLines(IReadOnlyList<OrderLineDraft> lines)
    {
        foreach (var l in lines)
            _lines.Add(new OrderLine(l.SkuId, l.SkuCode, l.ProductTitle, l.CategoryCode, l.Quantity, l.UnitPrice, l.WarehouseId, l.Discount, l.ReturnConfirmation));
        Total = _lines.Sum(l => l.LineTotal);
    }

    private void MoveTo(OrderStatus to, DateTimeOffset at, string? reason = null)
    {
        if (!OrderTransitions.IsAllowed(Status, to))
            throw new InvalidStateException($"An order that is {Status.ToWire()} cannot become {to.ToWire()}.");
        var from = Status;
        Status = to;
        Version++;
        _history.Add(new OrderStatusChange(from, to, at, reason));
        Raise(new OrderStatusChanged(Number, from.ToWire(), to.ToWire(), reason) { OccurredAt = at });
    }

    private void RaisePlaced(DateTimeOffset at)
    {
        var lineNo = 0;
        Raise(new OrderPlaced(
            Number, CustomerCode, Channel, ShippingAddress?.Province ?? "", ShippingAddress?.City ?? "",
            PaymentMethod.ToWire(), Currency, Total, Status.ToWire(), Source,
            _lines.Select(l => new OrderLinePlaced(++lineNo, l.SkuCode, l.ProductTitle, l.CategoryCode, l.Quantity, l.UnitPrice, l.LineTotal)).ToList())
        { OccurredAt = at });
    }
}
