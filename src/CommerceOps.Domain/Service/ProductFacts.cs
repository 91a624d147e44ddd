namespace CommerceOps.Domain.Service;

/// <summary>The product data the assistant may answer from: one SKU of a product, with the product's attributes and ingredient list.</summary>
public sealed record ProductFacts(
    string SkuCode,
    string Title,
    string Specification,
    string CategoryCode,
    string? Brand,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> Ingredients);
