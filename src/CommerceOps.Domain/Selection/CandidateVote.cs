namespace CommerceOps.Domain.Selection;

/// <summary>One customer's vote for a candidate product; (candidate, customer) is unique.</summary>
public sealed class CandidateVote
{
    private CandidateVote() { }

    public CandidateVote(long candidateId, long customerId, string customerCode, string segment, DateTimeOffset at)
    {
        CandidateId = candidateId;
        CustomerId = customerId;
        CustomerCode = customerCode;
        Segment = segment;
        VotedAt = at;
    }

    public long Id { get; private set; }
    public long CandidateId { get; private set; }
    public long CustomerId { get; private set; }
    public string CustomerCode { get; private set; } = "";
    /// <summary>The RFM segment that entitled the customer to vote, as it was when they voted.</summary>
    public string Segment { get; private set; } = "";
    public DateTimeOffset VotedAt { get; private set; }
}
