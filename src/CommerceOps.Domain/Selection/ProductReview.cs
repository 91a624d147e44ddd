using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Selection;

/// <summary>
/// A customer's review of an order line they received: rating 1–5 and text. One review per order line. The category
/// is the line's category at the time of sale, which is what review mining groups by.
/// </summary>
public sealed class ProductReview
{
    public const int MaxTextLength = 1_000;

    private ProductReview() { }

    public ProductReview(long customerId, string customerCode, long orderLineId, string orderNumber, long skuId, string skuCode, string categoryCode,
        int rating, string text, DateTimeOffset createdAt)
    {
        if (rating is < 1 or > 5) throw new DomainException("A rating is from 1 to 5.", "rating");
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength) throw new DomainException($"A review has 1 to {MaxTextLength} characters.", "text");
        CustomerId = customerId;
        CustomerCode = customerCode;
        OrderLineId = orderLineId;
        OrderNumber = orderNumber;
        SkuId = skuId;
        SkuCode = skuCode;
        CategoryCode = categoryCode;
        Rating = rating;
        Text = text.Trim();
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public long CustomerId { get; private set; }
    public string CustomerCode { get; private set; } = "";
    public long OrderLineId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public long SkuId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string CategoryCode { get; private set; } = "";
    public int Rating { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
