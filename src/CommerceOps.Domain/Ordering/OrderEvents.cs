using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Ordering;

public sealed record OrderLinePlaced(int LineNo, string SkuCode, string ProductTitle, string CategoryCode, int Quantity, decimal UnitPrice, decimal Amount);

// Events name orders by their number, which exists before the database assigns an id.
public sealed record OrderPlaced(
    string Number,
    string? CustomerCode,
    string Channel,
    string Province,
    string City,
    string PaymentMethod,
    string Currency,
    decimal Total,
    string Status,
    string Source,
    IReadOnlyList<OrderLinePlaced> Lines) : DomainEvent;

public sealed record OrderStatusChanged(string Number, string From, string To, string? Reason) : DomainEvent;

public sealed record OrderAddressChanged(string Number, string Province, string City) : DomainEvent;
