using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Content;

namespace CommerceOps.Domain.Tests.Marketing.Content;

public sealed class ContentModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_live_stream_needs_a_session_that_ends_after_it_starts()
    {
        var noEnd = Assert.Throws<DomainException>(() => new ContentItem(ContentTypes.LiveStream, "直播", PrivateDomainChannels.LivePlatform, [], Now, Now, null));
        var backwards = Assert.Throws<DomainException>(() => new ContentItem(ContentTypes.LiveStream, "直播", PrivateDomainChannels.LivePlatform, [], Now, Now, Now));
        var guideWithSession = Assert.Throws<DomainException>(() => new ContentItem(ContentTypes.Guide, "指南", PrivateDomainChannels.WeChatGroup, [], Now, Now, null));

        Assert.Equal(["endsAt", "endsAt", "startsAt"], new[] { noEnd.Field, backwards.Field, guideWithSession.Field });
    }

    [Fact]
    public void Linked_skus_are_trimmed_and_kept_once()
    {
        var item = new ContentItem(ContentTypes.ShortVideo, "  一分钟搭好帐篷 ", PrivateDomainChannels.ShortVideoPlatform, [" DM1", "DM1", "", "DM2"], Now, null, null);

        Assert.Equal("一分钟搭好帐篷", item.Title);
        Assert.Equal(["DM1", "DM2"], item.Skus);
    }

    [Fact]
    public void A_member_leaves_once_and_not_before_joining()
    {
        var member = new Member(1, PrivateDomainChannels.WeChatGroup, "包裹二维码", Now);

        Assert.Equal("leftAt", Assert.Throws<DomainException>(() => member.Leave(Now.AddSeconds(-1))).Field);
        member.Leave(Now.AddDays(3));
        Assert.Throws<InvalidStateException>(() => member.Leave(Now.AddDays(4)));
        Assert.Equal(Now.AddDays(3), member.LeftAt);
    }

    [Fact]
    public void Members_belong_to_private_domain_channels_only()
    {
        Assert.Equal("channel", Assert.Throws<DomainException>(() => new Member(1, PrivateDomainChannels.LivePlatform, "直播间", Now)).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public void The_attribution_window_is_one_to_ninety_days(int days)
    {
        Assert.Equal("windowDays", Assert.Throws<DomainException>(() => new AttributionWindow(days)).Field);
    }
}
