namespace CommerceOps.Domain.Marketing.Promotions;

public enum PromotionStatus
{
    Draft,
    Published,
    Ended,
}
