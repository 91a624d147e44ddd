namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Makes the demo's search terms look like real ones for demand mining, without drawing random numbers (so every other
/// demo number stays as it was): some shoppers type traditional characters or stray spaces (帳篷, "帐篷 "), and a few
/// terms take off in the last week (露营推车, 围炉煮茶), which the catalog partly cannot serve.
/// </summary>
internal static class DemoSearchTrends
{
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["帐篷"] = "帳篷", ["耳机"] = "耳機", ["露营椅"] = "露營椅", ["充电器"] = "充電器", ["手机"] = "手機", ["连衣裙"] = "連衣裙", ["冲锋衣"] = "衝鋒衣",
    };

    /// <summary>Rising terms; the last three find nothing in the catalog.</summary>
    public static readonly string[] RisingTerms = ["露营推车", "折叠推车", "户外推车 大容量", "围炉煮茶", "围炉煮茶 套装", "煮茶炉"];

    public static readonly IReadOnlySet<string> ZeroResultRisingTerms = new HashSet<string>(StringComparer.Ordinal) { "围炉煮茶", "围炉煮茶 套装", "煮茶炉" };

    /// <summary>The term a shopper of session <paramref name="session"/> typed at <paramref name="at"/>, instead of <paramref name="term"/>.</summary>
    public static string Adjust(string term, int session, DateTimeOffset at, DateTimeOffset end)
    {
        var lastWeek = at >= end.AddDays(-7);
        var weekBefore = !lastWeek && at >= end.AddDays(-14);
        if ((lastWeek && session % 5 == 1) || (weekBefore && session % 25 == 1)) return RisingTerms[session / 5 % RisingTerms.Length];
        if (session % 6 == 0 && Variants.TryGetValue(term, out var variant)) return variant;
        if (session % 6 == 3) return term + " ";
        return term;
    }
}
