using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Analytics;

/// <summary>The step names a funnel can use, and the default funnel of the guide.</summary>
public static class FunnelSteps
{
    private static EventPattern Page(string pageType) => new(BehaviourEventTypes.PageView, pageType);
    private static EventPattern Event(string type) => new(type);

    /// <summary>Page steps: a page view of that page, or the event that only happens on it.</summary>
    private static readonly Dictionary<string, FunnelStep> PageSteps = new FunnelStep[]
    {
        new("home", [Page("home")]),
        new("list", [Page("list"), Event(BehaviourEventTypes.Search)]),
        new("product", [Page("product"), Event(BehaviourEventTypes.ProductView)]),
        new("cart", [Page("cart"), Event(BehaviourEventTypes.AddToCart)]),
        new("payment", [Page("payment"), Event(BehaviourEventTypes.CheckoutStart), Event(BehaviourEventTypes.PaymentSubmit)]),
        new("purchase", [Event(BehaviourEventTypes.Purchase)]),
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> DefaultNames = ["home", "list", "product", "cart", "payment", "purchase"];

    public static IReadOnlyList<string> KnownNames =>
        [.. PageSteps.Keys, .. BehaviourEventTypes.All.Where(t => !PageSteps.ContainsKey(t)).Order(StringComparer.Ordinal)];

    public static FunnelStep Parse(string name, string field = "steps")
    {
        if (PageSteps.TryGetValue(name, out var step)) return step;
        if (BehaviourEventTypes.All.Contains(name) && name != BehaviourEventTypes.PageView) return new FunnelStep(name, [Event(name)]);
        throw new DomainException($"'{name}' is not a funnel step; use one of {string.Join(", ", KnownNames.Where(n => n != BehaviourEventTypes.PageView))}.", field);
    }
}
