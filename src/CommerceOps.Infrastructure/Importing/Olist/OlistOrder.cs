using CommerceOps.Domain.Ordering;

namespace CommerceOps.Infrastructure.Importing.Olist;

/// <summary>An Olist order row as read: times already in UTC, the promise as the instant its day ends.</summary>
internal sealed record OlistOrder(
    string OrderId, string CustomerId, OrderStatus Status, DateTimeOffset PurchasedAt, DateTimeOffset? ShippedAt,
    DateTimeOffset? DeliveredAt, DateTimeOffset? PromisedBy);

internal sealed record OlistCustomer(string UniqueId, string City, string State);

internal sealed record OlistItem(string ProductId, decimal Price);

internal sealed record OlistPayment(string Type, decimal Value);
