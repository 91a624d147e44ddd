using CommerceOps.Domain.Selection;

namespace CommerceOps.Domain.Tests.Selection;

public sealed class ReviewSentimentTests
{
    [Fact]
    public void Plain_praise_and_complaint_words_keep_their_polarity()
    {
        var terms = ReviewSentiment.Terms(["物流", "快", "但是", "有", "异味"]);

        Assert.Equal([new SentimentTerm("快", SentimentPolarity.Praise), new SentimentTerm("异味", SentimentPolarity.Complaint)], terms);
    }

    [Fact]
    public void A_negator_flips_praise_into_a_complaint_and_a_complaint_into_praise()
    {
        Assert.Equal([new SentimentTerm("不满意", SentimentPolarity.Complaint)], ReviewSentiment.Terms(["不", "满意"]));
        Assert.Equal([new SentimentTerm("不贵", SentimentPolarity.Praise)], ReviewSentiment.Terms(["价格", "不", "贵"]));
        Assert.Equal([new SentimentTerm("没有异味", SentimentPolarity.Praise)], ReviewSentiment.Terms(["没有", "异味"]));
    }

    [Fact]
    public void A_degree_adverb_may_stand_between_negator_and_word_but_other_words_end_the_negation()
    {
        Assert.Equal([new SentimentTerm("不好用", SentimentPolarity.Complaint)], ReviewSentiment.Terms(["不", "太", "好用"]));
        // 不 … 包装 … 好: the negator is three words away and a noun stands between, so 好 is praise.
        Assert.Equal([new SentimentTerm("好", SentimentPolarity.Praise)], ReviewSentiment.Terms(["不", "过", "包装", "好"]));
    }

    [Fact]
    public void Words_kept_whole_with_their_negation_are_read_from_the_list_and_each_term_counts_once()
    {
        var terms = ReviewSentiment.Terms(["不好", "真", "不好", "不错"]);

        Assert.Equal([new SentimentTerm("不好", SentimentPolarity.Complaint), new SentimentTerm("不错", SentimentPolarity.Praise)], terms);
    }
}
