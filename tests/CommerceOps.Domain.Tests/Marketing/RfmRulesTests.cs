using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing;

namespace CommerceOps.Domain.Tests.Marketing;

public class RfmRulesTests
{
    [Fact]
    public void Every_pair_of_scores_falls_in_exactly_one_segment()
    {
        for (var r = 1; r <= 5; r++)
            for (var f = 1; f <= 5; f++)
                Assert.Single(RfmSegments.Rules, rule => rule.Matches(r, f));
    }

    [Theory]
    [InlineData(5, 5, "champions")]
    [InlineData(4, 4, "loyal")]
    [InlineData(5, 2, "potential_loyalists")]
    [InlineData(5, 1, "new_customers")]
    [InlineData(4, 1, "promising")]
    [InlineData(3, 3, "need_attention")]
    [InlineData(3, 2, "about_to_sleep")]
    [InlineData(2, 4, "at_risk")]
    [InlineData(1, 5, "cannot_lose")]
    [InlineData(2, 1, "hibernating")]
    public void The_segment_follows_the_issue_table(int r, int f, string segment) => Assert.Equal(segment, RfmSegments.Of(r, f));

    [Fact]
    public void Scores_split_the_ranking_into_fifths_and_the_best_fifth_scores_5()
    {
        var scores = Enumerable.Range(1, 10).Select(rank => RfmScore.FromRank(rank, 10));

        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores);
        Assert.Equal(1, RfmScore.FromRank(1, 1));
        Assert.Equal([1, 2, 4], new[] { 1, 2, 3 }.Select(rank => RfmScore.FromRank(rank, 3)));
    }

    [Theory]
    [InlineData(10, 10, "new")]
    [InlineData(40, 10, "active")]
    [InlineData(400, 89, "active")]
    [InlineData(400, 90, "dormant")]
    [InlineData(400, 179, "dormant")]
    [InlineData(400, 180, "lost")]
    public void Lifecycle_stages_use_the_day_thresholds(long sinceFirst, long sinceLast, string stage) =>
        Assert.Equal(stage, LifecycleThresholds.Default.StageOf(sinceFirst, sinceLast));

    [Fact]
    public void Thresholds_out_of_order_are_refused_naming_the_field()
    {
        var refused = Assert.Throws<DomainException>(() => new LifecycleThresholds(30, 120, 100));
        Assert.Equal("lostAfterDays", refused.Field);
    }

    [Fact]
    public void Display_names_come_in_chinese_by_default_and_in_english_on_request()
    {
        Assert.Equal("重要价值客户", SegmentDisplayNames.Of(RfmSegments.Champions, null));
        Assert.Equal("Champions", SegmentDisplayNames.Of(RfmSegments.Champions, "en-GB"));
        Assert.Equal("流失", SegmentDisplayNames.Of(LifecycleStages.Lost, "zh-CN"));
        Assert.All(RfmSegments.All.Concat(LifecycleStages.All), key => Assert.NotEqual(key, SegmentDisplayNames.Of(key, "en")));
    }
}
