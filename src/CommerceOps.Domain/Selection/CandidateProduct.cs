using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Selection;

/// <summary>
/// A product operations is thinking of selling (co-creation): customers in the top RFM segments vote for it, and a
/// popular one becomes a SKU and a pre-sale. Votes are separate rows (<see cref="CandidateVote"/>), one per customer.
/// </summary>
public sealed class CandidateProduct : AggregateRoot
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2_000;

    private CandidateProduct() { }

    public CandidateProduct(string code, string title, string description, string categoryCode, decimal targetPrice, DateTimeOffset createdAt)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitleLength) throw new DomainException($"A title has 1 to {MaxTitleLength} characters.", "title");
        if (description.Length > MaxDescriptionLength) throw new DomainException($"A description has at most {MaxDescriptionLength} characters.", "description");
        if (targetPrice <= 0) throw new DomainException("The target price must be positive.", "targetPrice");
        Code = code;
        Title = title.Trim();
        Description = description.Trim();
        CategoryCode = categoryCode;
        TargetPrice = Money.Round(targetPrice);
        CreatedAt = createdAt;
    }

    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string CategoryCode { get; private set; } = "";
    public decimal TargetPrice { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
