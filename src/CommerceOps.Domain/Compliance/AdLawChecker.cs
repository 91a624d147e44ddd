using System.Runtime.InteropServices;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// The advertising-law checker (SPEC.md section A): one multi-pattern pass per field over the word list, then the
/// context rules — category, exemptions, goals, gift details, statistic sources, the health-food disclaimer. Pure and
/// thread-safe once built; build one per word-list version and reuse it.
/// </summary>
public sealed class AdLawChecker
{
    public const string HealthFoodDisclaimer = "本品不能代替药物";

    /// <summary>How many kept characters a goal ("追求") may stand before the absolute term it excuses.</summary>
    private const int GoalReach = 6;
    private const int GiftDetailReach = 30;
    private const int StatisticNumberReach = 6;

    private readonly MultiPatternMatcher _matcher;
    private readonly WordListEntry[][] _entriesByPattern;
    private readonly int _disclaimerPattern;

    public AdLawChecker(IEnumerable<WordListEntry> entries)
    {
        var groups = entries
            .Where(e => TextNormalization.Normalize(e.Term).Length > 0)
            .GroupBy(e => TextNormalization.Normalize(e.Term))
            .ToDictionary(g => g.Key, g => g.ToArray());
        groups.TryAdd(TextNormalization.Normalize(HealthFoodDisclaimer), [new WordListEntry(HealthFoodDisclaimer, TermKind.Exemption)]);
        var patterns = groups.Keys.ToList();
        _matcher = new MultiPatternMatcher(patterns);
        _entriesByPattern = patterns.Select(p => groups[p]).ToArray();
        _disclaimerPattern = patterns.IndexOf(TextNormalization.Normalize(HealthFoodDisclaimer));
    }

    public int PatternCount => _matcher.PatternCount;

    /// <summary>All findings of a listing, ordered by field, then start.</summary>
    public IReadOnlyList<AdFinding> Check(ListingText listing, ScanContext context)
    {
        var category = listing.Category;
        // One list for the matches of all fields, field after field: a clean listing allocates nothing more than it.
        var matches = new List<PatternMatch>();
        Span<int> fieldEnds = listing.Fields.Count <= 16 ? stackalloc int[listing.Fields.Count] : new int[listing.Fields.Count];
        for (var f = 0; f < fieldEnds.Length; f++)
        {
            _matcher.Match(listing.Fields[f].Text, matches);
            fieldEnds[f] = matches.Count;
        }
        var healthFood = category == CategoryKeys.HealthFood;
        if (!healthFood && matches.Count == 0) return [];
        var all = CollectionsMarshal.AsSpan(matches);
        var namesSource = false;
        var disclaimerShown = false;
        foreach (var m in all)
        {
            namesSource = namesSource || Has(m, TermKind.SourceMarker, category);
            disclaimerShown |= m.Pattern == _disclaimerPattern;
        }

        var findings = new List<AdFinding>();
        for (var f = 0; f < fieldEnds.Length; f++)
        {
            var fieldStart = f == 0 ? 0 : fieldEnds[f - 1];
            CheckField(listing.Fields[f], all[fieldStart..fieldEnds[f]], category, context, namesSource, findings);
        }

        if (healthFood && !disclaimerShown && listing.Fields.Count > 0)
        {
            var field = listing.Fields.FirstOrDefault(f => f.Name == ListingText.Description) ?? listing.Fields[^1];
            findings.Add(new AdFinding(field.Name, field.Text.Length, 0, "", AdRuleIds.HealthFood, FindingSeverity.Block,
                $"Health food must show \"{HealthFoodDisclaimer}\" (广告法 Art.18)."));
        }
        return findings;
    }

    // Loops rather than LINQ: this runs for every field that has a match, and most listings have one (a cue word, "100%").
    private void CheckField(ListingField field, ReadOnlySpan<PatternMatch> matches, string category, ScanContext context, bool namesSource,
        List<AdFinding> findings)
    {
        if (matches.IsEmpty) return;
        var text = field.Text;
        List<PatternMatch>? exemptions = null;
        List<PatternMatch>? goals = null;
        var candidates = new List<Candidate>();
        foreach (var match in matches)
            foreach (var entry in _entriesByPattern[match.Pattern])
            {
                if (!entry.AppliesTo(category)) continue;
                if (entry.Kind == TermKind.Exemption) (exemptions ??= []).Add(match);
                else if (entry.Kind == TermKind.GoalMarker) (goals ??= []).Add(match);
                else if (Classify(entry, match, text, category, context, namesSource) is { } candidate) candidates.Add(candidate);
            }
        if (candidates.Count == 0) return;

        // Longest first, so a term inside a longer one of the same rule is dropped; a specific term before the bare 最.
        candidates.Sort((a, b) => (b.Match.End - b.Match.Start).CompareTo(a.Match.End - a.Match.Start) is var byLength and not 0
            ? byLength : a.Prefix.CompareTo(b.Prefix));
        var goalsCount = CategoryKeys.IsHealthRelated(category) ? 0 : goals?.Count ?? 0;
        var kept = new List<Candidate>(candidates.Count);
        foreach (var c in candidates)
            if (!IsExempt(c, exemptions) && !(c.RuleId == AdRuleIds.Absolute && StatesGoal(c, goals, goalsCount, text)) && !InsideKept(c, kept))
                kept.Add(c);
        kept.Sort((a, b) => a.Match.Start != b.Match.Start ? a.Match.Start.CompareTo(b.Match.Start) : string.CompareOrdinal(a.RuleId, b.RuleId));

        foreach (var c in kept)
            findings.Add(new AdFinding(field.Name, c.Match.Start, c.Match.End - c.Match.Start, text[c.Match.Start..c.Match.End], c.RuleId, c.Severity, c.Reason));
    }

    private static bool IsExempt(Candidate c, List<PatternMatch>? exemptions)
    {
        if (exemptions is null) return false;
        foreach (var e in exemptions)
            if (e.Covers(c.Match)) return true;
        return false;
    }

    private static bool StatesGoal(Candidate c, List<PatternMatch>? goals, int count, string text)
    {
        for (var i = 0; i < count; i++)
        {
            var goal = goals![i];
            if (goal.NormalizedEnd <= c.Match.NormalizedStart && c.Match.NormalizedStart - goal.NormalizedEnd <= GoalReach
                && !TextNeighbourhood.SentenceEndBetween(text, goal.End, c.Match.Start))
                return true;
        }
        return false;
    }

    private static bool InsideKept(Candidate c, List<Candidate> kept)
    {
        foreach (var k in kept)
            if (k.RuleId == c.RuleId && k.Match.Start <= c.Match.Start && c.Match.End <= k.Match.End) return true;
        return false;
    }

    private Candidate? Classify(WordListEntry entry, PatternMatch match, string text, string category, ScanContext context, bool namesSource)
    {
        var healthRelated = CategoryKeys.IsHealthRelated(category);
        switch (entry.Kind)
        {
            case TermKind.AbsoluteCore:
                return new(match, AdRuleIds.Absolute, FindingSeverity.Block, "Absolute term (广告法 Art.9(3)).");
            case TermKind.Absolute:
                return new(match, AdRuleIds.Absolute, healthRelated ? FindingSeverity.Block : FindingSeverity.Warn,
                    "Absolute term; review whether an exemption applies (广告法 Art.9(3)).");
            case TermKind.Ranking:
                return new(match, AdRuleIds.Absolute, context.RankingEvidence && !healthRelated ? FindingSeverity.Warn : FindingSeverity.Block,
                    context.RankingEvidence ? "Rank claim with attached evidence; check time, place and source." : "Rank claim without evidence (广告法 Art.9(3)).");
            case TermKind.SuperlativePrefix:
                var next = TextNeighbourhood.NextKept(text, match.End);
                if (next < 0 || !TextNormalization.IsChineseCharacter(TextNormalization.Normalize(text[next]))) return null;
                return new(match with { End = next + 1, NormalizedEnd = match.NormalizedEnd + 1 }, AdRuleIds.Absolute, FindingSeverity.Block,
                    "Superlative 最… (广告法 Art.9(3)).", Prefix: true);
            case TermKind.FalseAuthority:
                return new(match, AdRuleIds.FalseAuthority, FindingSeverity.Block, "State organ, national symbol or official endorsement (广告法 Art.9(1),(2)).");
            case TermKind.Medical when category == CategoryKeys.MedicalDevice:
                return null;
            case TermKind.Medical when category == CategoryKeys.HealthFood:
                return new(match, AdRuleIds.HealthFood, FindingSeverity.Block, "Health food must not claim to prevent or treat disease (广告法 Art.18).");
            case TermKind.Medical:
                return new(match, AdRuleIds.Medical, FindingSeverity.Block, "Medical claim outside a medical category (广告法 Art.17).");
            case TermKind.HealthFoodClaim:
                return new(match, AdRuleIds.HealthFood, FindingSeverity.Block, "Health-food efficacy, drug comparison or endorser (广告法 Art.18).");
            case TermKind.Urgency when context.PromotionBacksUrgency:
                return null;
            case TermKind.Urgency:
                return new(match, AdRuleIds.False, FindingSeverity.Warn, "Urgency not backed by a promotion with end time and stock (规范促销 Art.5).");
            case TermKind.Guarantee:
                return new(match, AdRuleIds.False, FindingSeverity.Warn, "Guarantee of return or success (广告法 Art.28).");
            case TermKind.GiftCue when TextNeighbourhood.QuantityFollows(text, match.End, GiftDetailReach):
                return null;
            case TermKind.GiftCue:
                return new(match, AdRuleIds.Gift, FindingSeverity.Warn, "Gift without type, specification and quantity (广告法 Art.8).");
            case TermKind.StatisticCue when !namesSource:
                var after = TextNeighbourhood.NumberAfter(text, match.End, StatisticNumberReach);
                if (after >= 0) return Statistic(match with { End = after });
                var before = TextNeighbourhood.NumberBefore(text, match.Start);
                return before >= 0 ? Statistic(match with { Start = before }) : null;
            default:
                return null;
        }
    }

    private static Candidate Statistic(PatternMatch span) =>
        new(span, AdRuleIds.Citation, FindingSeverity.Warn, "Statistic without source, scope and period (广告法 Art.11).");

    private bool Has(PatternMatch match, TermKind kind, string category)
    {
        foreach (var e in _entriesByPattern[match.Pattern])
            if (e.Kind == kind && e.AppliesTo(category)) return true;
        return false;
    }

    private sealed record Candidate(PatternMatch Match, string RuleId, FindingSeverity Severity, string Reason, bool Prefix = false);
}
