namespace CommerceOps.Domain.Compliance;

/// <summary>
/// The no-reason return policies set per SKU and per category (RET-7D-004). A SKU's own policy wins; otherwise the most
/// specific category policy along the category path ("fresh.fruit" → "fresh"); otherwise 7 days.
/// </summary>
public sealed class ReturnPolicyBook(IReadOnlyDictionary<string, ReturnPolicy> bySku, IReadOnlyDictionary<string, ReturnPolicy> byCategory)
{
    public static readonly ReturnPolicyBook Statutory = new(new Dictionary<string, ReturnPolicy>(), new Dictionary<string, ReturnPolicy>());

    public ReturnPolicy For(string sku, string categoryCode)
    {
        if (bySku.TryGetValue(sku, out var own)) return own;
        for (var code = categoryCode; code.Length > 0; code = code.LastIndexOf('.') is var dot and >= 0 ? code[..dot] : "")
            if (byCategory.TryGetValue(code, out var category)) return category;
        return ReturnPolicy.Default;
    }
}
