using CommerceOps.Domain.Ordering;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>
/// Everything the store holds about one customer (PIPL Art.45 access and copy): profile, address book, consents with
/// their history, orders and lines, return requests, service tickets with their messages, behaviour events and the
/// customer's own privacy requests. Serialised as JSON, or flattened to CSV by <see cref="CustomerDataCsv"/>.
/// </summary>
public sealed record CustomerDataExport(
    DateTimeOffset ExportedAt,
    ExportedCustomer Customer,
    IReadOnlyList<ExportedAddress> Addresses,
    IReadOnlyList<ExportedConsent> Consents,
    IReadOnlyList<ExportedOrder> Orders,
    IReadOnlyList<ExportedOrderLine> OrderLines,
    IReadOnlyList<ExportedReturn> Returns,
    IReadOnlyList<ExportedTicketMessage> Tickets,
    IReadOnlyList<ExportedEvent> Events,
    IReadOnlyList<ExportedRequest> PrivacyRequests);

public sealed record ExportedCustomer(string Code, string Name, string? Phone, string? Email, string RegistrationChannel, string MembershipTier,
    DateTimeOffset RegisteredAt, string? Province, string? City, bool NonPersonalised, DateTimeOffset? AnonymisedAt);

public sealed record ExportedAddress(string Recipient, string Phone, string Province, string City, string District, string Line, bool IsDefault);

public sealed record ExportedConsent(string Purpose, string Channel, DateTimeOffset GrantedAt, DateTimeOffset? WithdrawnAt, string Source, bool Separate);

public sealed record ExportedOrder(string Number, string Status, string Channel, string PaymentMethod, decimal Total, string Currency, DateTimeOffset PlacedAt,
    DateTimeOffset? DeliveredAt, string? Recipient, string? Phone, string? Province, string? City, string? District, string? Line, string Remarks);

public sealed record ExportedOrderLine(string OrderNumber, string Sku, string Title, int Quantity, decimal UnitPrice, decimal Discount, string? ReturnPolicyConfirmed)
{
    public static ExportedOrderLine From(string order, OrderLine l) =>
        new(order, l.SkuCode, l.ProductTitle, l.Quantity, l.UnitPrice, l.Discount, l.ReturnConfirmation?.Text);
}

public sealed record ExportedReturn(string Number, string OrderNumber, string Reason, string Status, decimal RefundAmount, string Description, DateTimeOffset CreatedAt);

public sealed record ExportedTicketMessage(long TicketId, string Subject, string Kind, string Author, string Text, DateTimeOffset At);

public sealed record ExportedEvent(DateTimeOffset OccurredAt, string Type, string Channel, string? Sku, string? Province, string? City, string? Properties);

public sealed record ExportedRequest(string Number, string Kind, string Status, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? CompletedAt);
