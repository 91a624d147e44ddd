namespace CommerceOps.Domain.Analytics;

/// <summary>
/// One behaviour event from a storefront or app (page view, search, add to cart, ad click…). Behaviour events
/// are not domain events: they go straight into the analytics store in batches, never through the outbox.
/// </summary>
/// <param name="EventId">Client-generated id; a batch sent twice is stored once.</param>
/// <param name="Type">One of <see cref="BehaviourEventTypes.All"/>.</param>
/// <param name="PageType">For page_view: home, list, product, cart or payment.</param>
/// <param name="Properties">Free-form extras, e.g. <c>page_load_ms</c>, <c>query</c>, <c>result_count</c>, <c>creative</c>.</param>
public sealed record BehaviourEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Type,
    string SessionId,
    string? CustomerId,
    string? AnonymousId,
    string Channel,
    string? Campaign,
    string? PageType,
    string? Sku,
    string? Province,
    string? City,
    string? Device,
    IReadOnlyDictionary<string, string>? Properties);

public static class BehaviourEventTypes
{
    public const string PageView = "page_view";
    public const string Search = "search";
    public const string ProductView = "product_view";
    public const string AddToCart = "add_to_cart";
    public const string Favorite = "favorite";
    public const string CheckoutStart = "checkout_start";
    public const string PaymentSubmit = "payment_submit";
    public const string Purchase = "purchase";
    public const string AdImpression = "ad_impression";
    public const string AdClick = "ad_click";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        PageView, Search, ProductView, AddToCart, Favorite, CheckoutStart, PaymentSubmit, Purchase, AdImpression, AdClick,
    };

    public static readonly IReadOnlySet<string> PageTypes = new HashSet<string> { "home", "list", "product", "cart", "payment" };
}
