namespace CommerceOps.Domain.Marketing.Content;

/// <summary>What a content item is. A live stream is the one kind with a start and an end (the live session).</summary>
public static class ContentTypes
{
    public const string Guide = "guide";
    public const string ShortVideo = "short_video";
    public const string LiveStream = "live_stream";

    public static readonly IReadOnlyList<string> All = [Guide, ShortVideo, LiveStream];
}
