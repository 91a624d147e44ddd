using CommerceOps.Domain.Selection;

namespace CommerceOps.Domain.Tests.Selection;

public sealed class TermGroupingTests
{
    private static IEnumerable<string> Words(string term) => term switch
    {
        "露营推车" => ["露营", "推车"],
        "折叠推车" => ["折叠", "推车"],
        "户外推车大容量" => ["户外", "推车", "大", "容量"],
        "帐篷" => ["帐篷"],
        "手机" => ["手机"],
        "围炉煮茶" => ["围", "炉", "煮", "茶"],
        "围炉煮茶套装" => ["围", "炉", "煮", "茶", "套装"],
        _ => [term],
    };

    [Fact]
    public void Spellings_that_normalise_alike_are_merged_with_their_counts_added()
    {
        var merged = NormalizedTerm.Merge(
        [
            new SearchTermCount("帐篷", 10, 4, 2, 120),
            new SearchTermCount("帳篷", 3, 1, 1, 80),
            new SearchTermCount("帐篷 ", 2, 0, 1, 90),
            new SearchTermCount("ＴＹＰＥ－Ｃ", 5, 5, 0, 0),
            new SearchTermCount("type-c", 1, 1, 0, 3),
            new SearchTermCount("？？", 9, 9, 9, 0),
        ]);

        Assert.Equal(["帐篷", "typec"], merged.Select(t => t.Term));
        var tent = merged[0];
        Assert.Equal((15L, 5L, 4L, 120L), (tent.Searches, tent.ThisWeek, tent.LastWeek, tent.MaxResults));
        Assert.Equal(["帐篷", "帳篷", "帐篷 "], tent.Spellings);
        Assert.Equal(3, merged[1].MaxResults);
    }

    [Fact]
    public void Terms_sharing_a_word_of_two_characters_or_with_similar_bigrams_fall_in_one_group()
    {
        var terms = NormalizedTerm.Merge(
        [
            new SearchTermCount("露营推车", 30, 20, 2, 10),
            new SearchTermCount("折叠推车", 12, 10, 1, 10),
            new SearchTermCount("户外推车大容量", 8, 8, 0, 10),
            new SearchTermCount("围炉煮茶", 25, 25, 0, 0),
            new SearchTermCount("围炉煮茶套装", 9, 9, 0, 0),
            new SearchTermCount("帐篷", 40, 10, 10, 100),
            new SearchTermCount("手机", 35, 10, 10, 100),
        ]);

        var groups = TermGrouping.Group(terms, Words);

        Assert.Equal(["露营推车", "帐篷", "手机", "围炉煮茶"], groups.Select(g => g.Name));
        Assert.Equal(["露营推车", "折叠推车", "户外推车大容量"], groups[0].Terms.Select(t => t.Term));
        // 围炉煮茶 / 围炉煮茶套装 share only single-character words; their bigram Jaccard is 3 / 5 = 0.6 ≥ 0.5.
        Assert.Equal(["围炉煮茶", "围炉煮茶套装"], groups[3].Terms.Select(t => t.Term));
        Assert.Equal(50, groups[0].Searches);
    }

    [Fact]
    public void Bigram_jaccard_below_the_threshold_keeps_terms_apart()
    {
        Assert.Equal(0.6, TermGrouping.Jaccard(TermGrouping.Bigrams("围炉煮茶"), TermGrouping.Bigrams("围炉煮茶套装")), 10);
        Assert.Equal(0.25, TermGrouping.Jaccard(TermGrouping.Bigrams("围炉煮茶"), TermGrouping.Bigrams("煮茶炉")), 10);
        var groups = TermGrouping.Group(NormalizedTerm.Merge([new("围炉煮茶", 5, 5, 0, 0), new("煮茶炉", 4, 4, 0, 0)]), t => [t]);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Rising_and_few_results_follow_the_thresholds()
    {
        var thresholds = new DemandThresholds(fewResults: 2, minRisingSearches: 5);
        var rising = new NormalizedTerm("a", ["a"], 20, 8, 4, 2);
        var flat = new NormalizedTerm("b", ["b"], 20, 8, 8, 3);
        var quiet = new NormalizedTerm("c", ["c"], 4, 4, 0, 0);

        Assert.Equal((true, false, false), (thresholds.IsRising(rising), thresholds.IsRising(flat), thresholds.IsRising(quiet)));
        Assert.Equal((true, false, true), (thresholds.HasFewResults(rising), thresholds.HasFewResults(flat), thresholds.HasFewResults(quiet)));
        Assert.Equal(1.0, rising.Growth);
        Assert.Null(quiet.Growth);
    }
}
