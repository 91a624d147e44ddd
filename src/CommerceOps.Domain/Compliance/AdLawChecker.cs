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
        var matchesByField = listing.Fields.Select(f =>
        {
            var matches = new List<PatternMatch>();
            _matcher.Match(f.Text, matches);
            return matches;
        }).ToList();
        var all = matchesByField.SelectMany(m => m).ToList();
        var namesSource = all.Any(m => Has(m, TermKind.SourceMarker, category));

        var findings = new List<AdFinding>();
        for (var f = 0; f < listing.Fields.Count; f++)
            findings.AddRange(CheckField(listing.Fields[f], matchesByField[f], category, context, namesSource));

        if (category == CategoryKeys.HealthFood && !all.Any(m => m.Pattern == _disclaimerPattern) && listing.Fields.Count > 0)
        {
            var field = listing.Fields.FirstOrDefault(f => f.Name == ListingText.Description) ?? listing.Fields[^1];
            findings.Add(new AdFinding(field.Name, field.Text.Length, 0, "", AdRuleIds.HealthFood, FindingSeverity.Block,
                $"Health food must show \"{HealthFoodDisclaimer}\" (广告法 Art.18)."));
        }
        return findings;
    }

    /// <summary>Only the matching pass, for benchmarks and callers that classify matches themselves.</summary>
    public int CountMatches(string text)
    {
        var matches = new List<PatternMatch>();
        _matcher.Match(text, matches);
        return matches.Count;
    }

    private List<AdFinding> CheckField(ListingField field, List<PatternMatch> matches, string category, ScanContext context, bool namesSource)
    {
        var text = field.Text;
        var exemptions = matches.Where(m => Has(m, TermKind.Exemption, category)).ToList();
        var goals = matches.Where(m => Has(m, TermKind.GoalMarker, category)).ToList();
        var candidates = new List<Candidate>();
        foreach (var match in matches)
            foreach (var entry in _entriesByPattern[match.Pattern])
                if (entry.AppliesTo(category) && Classify(entry, match, text, category, context, namesSource) is { } candidate)
                    candidates.Add(candidate);

        var kept = new List<Candidate>();
        foreach (var c in candidates.OrderByDescending(c => c.Match.End - c.Match.Start).ThenBy(c => c.Prefix))
        {
            if (exemptions.Any(e => e.Covers(c.Match))) continue;
            if (c.RuleId == AdRuleIds.Absolute && !CategoryKeys.IsHealthRelated(category) && goals.Any(g => StatesGoal(g, c.Match, text))) continue;
            if (kept.Any(k => k.RuleId == c.RuleId && k.Match.Start <= c.Match.Start && c.Match.End <= k.Match.End)) continue;
            kept.Add(c);
        }
        return kept
            .OrderBy(c => c.Match.Start).ThenBy(c => c.RuleId, StringComparer.Ordinal)
            .Select(c => new AdFinding(field.Name, c.Match.Start, c.Match.End - c.Match.Start, text[c.Match.Start..c.Match.End], c.RuleId, c.Severity, c.Reason))
            .ToList();
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

    private static bool StatesGoal(PatternMatch goal, PatternMatch term, string text) =>
        goal.NormalizedEnd <= term.NormalizedStart && term.NormalizedStart - goal.NormalizedEnd <= GoalReach
        && !TextNeighbourhood.SentenceEndBetween(text, goal.End, term.Start);

    private bool Has(PatternMatch match, TermKind kind, string category) =>
        _entriesByPattern[match.Pattern].Any(e => e.Kind == kind && e.AppliesTo(category));

    private sealed record Candidate(PatternMatch Match, string RuleId, FindingSeverity Severity, string Reason, bool Prefix = false);
}
