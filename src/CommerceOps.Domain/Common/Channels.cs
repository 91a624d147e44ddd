namespace CommerceOps.Domain.Common;

/// <summary>Traffic and sales channels, used by orders, behaviour events and channel ROI.</summary>
public static class Channels
{
    public const string Organic = "organic";
    public const string Paid = "paid";
    public const string Private = "private";
    public const string Live = "live";
    public const string ShortVideo = "short_video";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Organic, Paid, Private, Live, ShortVideo };
}
