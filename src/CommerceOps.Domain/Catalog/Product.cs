using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;

namespace CommerceOps.Domain.Catalog;

/// <summary>
/// A product with its SKUs and structured data. Attributes and the ingredient list are data the assistant and
/// compliance checks read, so they are kept structured rather than buried in the description.
/// </summary>
public sealed class Product : AggregateRoot
{
    private readonly List<Sku> _skus = [];

    private Product() { }

    public Product(string title, long categoryId, DateTimeOffset createdAt, string? description = null, long? brandId = null)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("A product needs a title.", "title");
        Title = title.Trim();
        CategoryId = categoryId;
        BrandId = brandId;
        Description = description ?? "";
        CreatedAt = createdAt;
    }

    public string Title { get; private set; } = "";
    public string? Subtitle { get; private set; }
    public string Description { get; private set; } = "";
    public long CategoryId { get; private set; }
    public long? BrandId { get; private set; }
    public Dictionary<string, string> Attributes { get; private set; } = [];
    public List<string> Ingredients { get; private set; } = [];
    public bool IsPublished { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<Sku> Skus => _skus;

    public Sku AddSku(string code, string specification, Money price, DateTimeOffset at, bool crossBorder = false)
    {
        if (_skus.Any(s => s.Code == code)) throw new DomainException($"SKU {code} already exists on this product.", "code");
        var sku = new Sku(code, specification, price, at, crossBorder);
        _skus.Add(sku);
        return sku;
    }

    public void Describe(string? subtitle, string description, IDictionary<string, string> attributes, IEnumerable<string> ingredients)
    {
        Subtitle = subtitle;
        Description = description;
        Attributes = new Dictionary<string, string>(attributes);
        Ingredients = ingredients.Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
    }

    public void Publish()
    {
        if (_skus.Count == 0) throw new InvalidStateException("A product without SKUs cannot be published.");
        IsPublished = true;
    }

    /// <summary>Publishes after the advertising-law check of its texts; any BLOCK finding refuses, with the findings.</summary>
    public void Publish(IReadOnlyList<AdFinding> adFindings)
    {
        var blocking = adFindings.Where(f => f.Severity == FindingSeverity.Block).ToList();
        if (blocking.Count > 0) throw new ListingBlockedException(blocking);
        Publish();
    }

    /// <summary>The texts the advertising-law check reads, for a category key (see <see cref="CategoryKeys"/>).</summary>
    public ListingText ToListingText(string categoryKey) => new(categoryKey,
    [
        new ListingField(Compliance.ListingText.Title, Title),
        new ListingField(Compliance.ListingText.Subtitle, Subtitle ?? ""),
        new ListingField(Compliance.ListingText.Description, Description),
    ]);

    public void Unpublish() => IsPublished = false;
}
