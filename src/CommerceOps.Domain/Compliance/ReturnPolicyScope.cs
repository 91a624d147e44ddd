namespace CommerceOps.Domain.Compliance;

/// <summary>What a stored return policy applies to: one SKU, or a category and its subcategories.</summary>
public enum ReturnPolicyScope
{
    Sku,
    Category,
}
