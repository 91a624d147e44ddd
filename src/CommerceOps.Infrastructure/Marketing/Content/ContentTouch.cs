namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>
/// One reported touch of a content item (see <see cref="Domain.Marketing.Content.TouchActions"/>), with the item's type
/// copied in so attribution needs nothing from the commerce store. Touches without a customer id count as viewers but
/// cannot earn orders (orders are matched to touches by customer id).
/// </summary>
public sealed record ContentTouch(
    Guid EventId, DateTimeOffset OccurredAt, long ContentId, string ContentType, string Action,
    string? CustomerId, string? AnonymousId, string? SessionId, string? Channel);
