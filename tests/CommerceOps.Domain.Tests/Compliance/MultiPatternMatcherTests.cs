using CommerceOps.Domain.Compliance;

namespace CommerceOps.Domain.Tests.Compliance;

public class MultiPatternMatcherTests
{
    private static List<PatternMatch> Match(string text, params string[] patterns)
    {
        var matches = new List<PatternMatch>();
        new MultiPatternMatcher(patterns).Match(text, matches);
        return matches;
    }

    [Fact]
    public void Finds_overlapping_and_nested_patterns_through_failure_links()
    {
        var found = Match("ushers", "he", "she", "his", "hers").Select(m => (m.Pattern, m.Start, m.End)).OrderBy(m => m).ToArray();
        Assert.Equal([(0, 2, 4), (1, 1, 4), (3, 2, 6)], found);
    }

    [Fact]
    public void Matches_through_dropped_separators_and_reports_original_offsets()
    {
        var m = Assert.Single(Match("很 好 用，最 ·佳", "最佳"));
        Assert.Equal((6, 10, 3, 5), (m.Start, m.End, m.NormalizedStart, m.NormalizedEnd));
    }

    [Fact]
    public void Refuses_patterns_that_normalise_to_the_same_text_or_to_nothing()
    {
        Assert.Throws<ArgumentException>(() => new MultiPatternMatcher(["最佳", "最 佳"]));
        Assert.Throws<ArgumentException>(() => new MultiPatternMatcher(["，"]));
    }

    [Fact]
    public void Agrees_with_a_naive_search_on_random_text()
    {
        var random = new Random(7);
        const string alphabet = "最佳好第一顶级国家 ，a";
        var patterns = Enumerable.Range(0, 40)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 5)).Select(_ => alphabet[random.Next(alphabet.Length - 3)]).ToArray()))
            .Distinct().ToArray();
        var text = new string(Enumerable.Range(0, 2_000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var expected = new List<(int, int)>();
        var normalized = TextNormalization.Normalize(text);
        for (var p = 0; p < patterns.Length; p++)
            for (var i = normalized.IndexOf(patterns[p], StringComparison.Ordinal); i >= 0; i = normalized.IndexOf(patterns[p], i + 1, StringComparison.Ordinal))
                expected.Add((p, i));
        var actual = Match(text, patterns).Select(m => (m.Pattern, m.NormalizedStart)).ToList();
        Assert.Equal(expected.OrderBy(e => e), actual.OrderBy(e => e));
    }
}
