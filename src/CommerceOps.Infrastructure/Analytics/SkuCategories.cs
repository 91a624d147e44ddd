namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The analytics store has no catalog; a SKU's category is known from the order lines that sold it. Behaviour on a
/// SKU that never sold falls under "unknown".
/// </summary>
internal static class SkuCategories
{
    public const string Sql = "SELECT sku, any_value(category) AS category FROM fact_order_lines WHERE category IS NOT NULL GROUP BY sku";
}
