namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>A paid order and the content touch that earned it (the customer's last touch within the window).</summary>
public sealed record AttributedOrder(
    string OrderNumber, string CustomerId, DateTimeOffset PlacedAt, decimal Total, long ContentId, string ContentType, DateTimeOffset TouchedAt);
