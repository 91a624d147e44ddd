using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Content;

/// <summary>
/// A piece of content that sells products: a scenario guide, a short video or a live stream, published on one channel
/// and linked to the SKUs it shows. A live stream also has its live session: the time it starts and ends.
/// </summary>
public sealed class ContentItem : AggregateRoot
{
    public const int MaxTitleLength = 200;
    public const int MaxLinkedSkus = 100;

    private ContentItem() { }

    public ContentItem(string type, string title, string channel, IEnumerable<string> skus, DateTimeOffset publishedAt,
        DateTimeOffset? startsAt, DateTimeOffset? endsAt)
    {
        Type = ContentTypes.All.Contains(type) ? type : throw new DomainException($"type is one of {string.Join(", ", ContentTypes.All)}.", "type");
        Revise(title, channel, skus, publishedAt, startsAt, endsAt);
    }

    public string Type { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public List<string> Skus { get; private set; } = [];
    public DateTimeOffset PublishedAt { get; private set; }
    public DateTimeOffset? StartsAt { get; private set; }
    public DateTimeOffset? EndsAt { get; private set; }

    public bool IsLiveStream => Type == ContentTypes.LiveStream;

    /// <summary>Replaces everything but the type (a guide does not turn into a live stream; publish a new item instead).</summary>
    public void Revise(string title, string channel, IEnumerable<string> skus, DateTimeOffset publishedAt, DateTimeOffset? startsAt, DateTimeOffset? endsAt)
    {
        var trimmed = (title ?? "").Trim();
        if (trimmed.Length is 0 or > MaxTitleLength) throw new DomainException($"title is 1 to {MaxTitleLength} characters.", "title");
        if (!PrivateDomainChannels.Publishing.Contains(channel))
            throw new DomainException($"channel is one of {string.Join(", ", PrivateDomainChannels.Publishing)}.", "channel");
        var linked = skus.Select(s => (s ?? "").Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (linked.Count > MaxLinkedSkus) throw new DomainException($"At most {MaxLinkedSkus} SKUs can be linked.", "skus");
        if (IsLiveStream)
        {
            if (startsAt is null) throw new DomainException("A live stream needs its start time.", "startsAt");
            if (endsAt is null || endsAt <= startsAt) throw new DomainException("A live stream ends after it starts.", "endsAt");
        }
        else if (startsAt is not null || endsAt is not null)
        {
            throw new DomainException("Only a live stream has a start and an end.", startsAt is not null ? "startsAt" : "endsAt");
        }

        Title = trimmed;
        Channel = channel;
        Skus = linked;
        PublishedAt = publishedAt;
        StartsAt = startsAt;
        EndsAt = endsAt;
    }
}
