using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Content;

/// <summary>
/// A customer's membership of one private-domain channel (a WeChat group, the official account, an app subscription):
/// when they joined, through what (a QR code on the parcel card, a live stream, a store assistant…) and when they left.
/// Joining again after leaving opens a new membership, so the history stays readable.
/// </summary>
public sealed class Member : AggregateRoot
{
    public const int MaxSourceLength = 100;

    private Member() { }

    public Member(long customerId, string channel, string source, DateTimeOffset joinedAt)
    {
        if (!PrivateDomainChannels.Membership.Contains(channel))
            throw new DomainException($"channel is one of {string.Join(", ", PrivateDomainChannels.Membership)}.", "channel");
        var trimmed = (source ?? "").Trim();
        if (trimmed.Length is 0 or > MaxSourceLength) throw new DomainException($"source is 1 to {MaxSourceLength} characters.", "source");
        CustomerId = customerId;
        Channel = channel;
        Source = trimmed;
        JoinedAt = joinedAt;
    }

    public long CustomerId { get; private set; }
    public string Channel { get; private set; } = "";
    public string Source { get; private set; } = "";
    public DateTimeOffset JoinedAt { get; private set; }
    public DateTimeOffset? LeftAt { get; private set; }

    public bool IsActive => LeftAt is null;

    public void Leave(DateTimeOffset at)
    {
        if (!IsActive) throw new InvalidStateException("The member has already left.");
        if (at < JoinedAt) throw new DomainException("A member leaves after joining.", "leftAt");
        LeftAt = at;
    }
}
