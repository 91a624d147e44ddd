namespace CommerceOps.Domain.Selection;

public enum SentimentPolarity
{
    Praise,
    Complaint,
}
