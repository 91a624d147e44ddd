using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Search;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>
/// Chinese word segmentation for search terms and reviews: the same SmartCn analyzer the full-text indexes use, over
/// the normalised text (<see cref="TextNormalization"/>), so 帳篷 and 帐篷 segment alike. Thread-safe (the analyzer keeps
/// one token stream per thread).
/// </summary>
public sealed class ChineseWordSegmenter : IDisposable
{
    private readonly SmartChineseAnalyzer _analyzer = new(SegmentedTextIndex.Version);

    /// <summary>The words of already-normalised text, in order; punctuation is dropped by the analyzer.</summary>
    public IReadOnlyList<string> Words(string normalized)
    {
        var words = new List<string>();
        using var stream = _analyzer.GetTokenStream("text", normalized);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }

    /// <summary>
    /// The words of raw review text: normalised per clause (normalisation drops punctuation, and clauses must not run
    /// together or a negator would reach into the next clause), each clause segmented on its own.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Clauses(string text) =>
        text.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries)
            .Select(TextNormalization.Normalize)
            .Where(c => c.Length > 0)
            .Select(Words)
            .ToList();

    public void Dispose() => _analyzer.Dispose();

    private static readonly char[] ClauseBreaks = ['，', ',', '。', '！', '!', '？', '?', '；', ';', '\n', '\r', '、', '～', '~', ' '];
}
