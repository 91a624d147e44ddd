namespace CommerceOps.Domain.Marketing.Content;

/// <summary>How a customer touched a content item: saw it, clicked through to a product, or watched a live stream.</summary>
public static class TouchActions
{
    public const string View = "view";
    public const string Click = "click";
    public const string Watch = "watch";

    public static readonly IReadOnlyList<string> All = [View, Click, Watch];
}
