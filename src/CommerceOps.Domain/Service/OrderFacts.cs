using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.Service;

/// <summary>The order data the assistant may answer from: status and its times, the lines' categories, the latest shipment.</summary>
public sealed record OrderFacts(
    string Number,
    OrderStatus Status,
    DateTimeOffset PlacedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? DeliveredAt,
    IReadOnlyList<OrderLineFacts> Lines,
    ShipmentFacts? Shipment);

public sealed record OrderLineFacts(string SkuCode, string ProductTitle, string CategoryCode, int Quantity);

public sealed record ShipmentFacts(
    string Carrier, string TrackingNumber, DateTimeOffset ShippedAt, DateTimeOffset? PromisedBy, DateTimeOffset? DeliveredAt,
    TrackingPoint? LatestNode);

public sealed record TrackingPoint(DateTimeOffset At, string Location, string Description);
