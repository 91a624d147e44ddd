using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>
/// A rights holder's notice that a listing infringes a brand or design (电子商务法 Art.42, <see cref="IpRuleIds.InfringementNotice"/>).
/// The state machine is received → taken down | kept → closed; each step records who, when and why. Taking down means
/// the accused product is delisted (the caller does that in the same unit of work); keeping it needs the reason the
/// notice was not found convincing. Nothing is ever reopened: a new notice is a new complaint.
/// </summary>
public sealed class InfringementComplaint : AggregateRoot
{
    public const int MaxTextLength = 4_000;

    private readonly List<ComplaintTransition> _history = [];

    private InfringementComplaint() { }

    public InfringementComplaint(string number, string complainant, string? complainantContact, long productId, string productTitle,
        ClaimedRight right, string rightReference, string description, IReadOnlyList<string> evidence, string receivedBy, DateTimeOffset receivedAt)
    {
        Number = number;
        Complainant = Text(complainant, "complainant", 200);
        ComplainantContact = string.IsNullOrWhiteSpace(complainantContact) ? null : Text(complainantContact, "complainantContact", 200);
        ProductId = productId;
        ProductTitle = productTitle;
        Right = right;
        RightReference = Text(rightReference, "rightReference", 200);
        Description = Text(description, "description", MaxTextLength);
        // Art.42: the notice must include preliminary evidence of infringement.
        if (evidence.Count == 0) throw new DomainException("A complaint needs at least one evidence file (电子商务法 Art.42).", "evidence");
        if (evidence.Count > BrandAuthorisation.MaxEvidence) throw new DomainException($"At most {BrandAuthorisation.MaxEvidence} evidence files.", "evidence");
        Evidence = [.. evidence];
        Status = ComplaintStatus.Received;
        ReceivedAt = UpdatedAt = receivedAt;
        _history.Add(new ComplaintTransition(null, ComplaintStatus.Received, receivedBy, receivedAt, "received"));
    }

    public string Number { get; private set; } = "";
    public string Complainant { get; private set; } = "";
    public string? ComplainantContact { get; private set; }
    public long ProductId { get; private set; }
    /// <summary>The title when the notice came in, so the record stays readable if the listing changes.</summary>
    public string ProductTitle { get; private set; } = "";
    public ClaimedRight Right { get; private set; }
    /// <summary>The brand name or design code the complainant claims.</summary>
    public string RightReference { get; private set; } = "";
    public string Description { get; private set; } = "";
    public List<string> Evidence { get; private set; } = [];
    public ComplaintStatus Status { get; private set; }
    /// <summary>The decision (taken down or kept), kept after closing.</summary>
    public ComplaintStatus? Decision { get; private set; }
    public string? DecisionReason { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<ComplaintTransition> History => _history;

    /// <summary>The listing is taken down (the caller delists the product).</summary>
    public void TakeDown(string by, string reason, DateTimeOffset at) => Decide(ComplaintStatus.TakenDown, by, reason, at);

    /// <summary>The listing stays: the notice was not convincing (the reason says why, e.g. the seller's authorisation covers it).</summary>
    public void Keep(string by, string reason, DateTimeOffset at) => Decide(ComplaintStatus.Kept, by, reason, at);

    public void Close(string by, string note, DateTimeOffset at)
    {
        if (Status is not (ComplaintStatus.TakenDown or ComplaintStatus.Kept))
            throw new InvalidStateException($"Complaint {Number} is {Status.ToWire()}: only a decided complaint can be closed.");
        Move(ComplaintStatus.Closed, by, string.IsNullOrWhiteSpace(note) ? "closed" : Text(note, "note", MaxTextLength), at);
        ClosedAt = at;
    }

    private void Decide(ComplaintStatus decision, string by, string reason, DateTimeOffset at)
    {
        if (Status != ComplaintStatus.Received)
            throw new InvalidStateException($"Complaint {Number} is {Status.ToWire()}: only a received complaint can be decided.");
        var why = Text(reason, "reason", MaxTextLength);
        Move(decision, by, why, at);
        Decision = decision;
        DecisionReason = why;
        DecidedBy = by;
        DecidedAt = at;
    }

    private void Move(ComplaintStatus to, string by, string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(by)) throw new DomainException("Every step names who took it.", "by");
        if (at < UpdatedAt) throw new DomainException("A step cannot be dated before the previous one.", "at");
        _history.Add(new ComplaintTransition(Status, to, by, at, reason));
        Status = to;
        UpdatedAt = at;
    }

    private static string Text(string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainException($"{field} is required.", field);
        var trimmed = value.Trim();
        return trimmed.Length <= max ? trimmed : throw new DomainException($"{field} is at most {max} characters.", field);
    }
}
