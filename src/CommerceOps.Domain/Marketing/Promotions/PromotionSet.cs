namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// A set of promotions compiled for pricing and sorted into the published order: by group (item, order, coupon,
/// shipping), then priority (higher first), then id. Build it once and reuse it for every cart until a promotion
/// changes; it is immutable and safe to share between threads.
/// </summary>
public sealed class PromotionSet
{
    public static readonly PromotionSet Empty = new([]);

    private PromotionSet(IReadOnlyList<PromotionDefinition> definitions)
    {
        Definitions = definitions;
        AsksForNewCustomers = definitions.Any(d => d.Rules.Eligibility?.NewCustomersOnly == true);
        Groups = Compile(definitions);
        Scopes = new ScopeIndex(Groups.SelectMany(g => g).OrderBy(p => p.Index).ToList());
    }

    public static PromotionSet Of(IEnumerable<PromotionDefinition> definitions) => new(definitions.ToList());

    public IReadOnlyList<PromotionDefinition> Definitions { get; }

    public int Count => Definitions.Count;

    /// <summary>Whether any promotion is for first orders only: only then does pricing need to know if the buyer has ordered before.</summary>
    public bool AsksForNewCustomers { get; }

    /// <summary>One array per <see cref="PromotionGroup"/>, indexed by its value, each in application order.</summary>
    internal CompiledPromotion[][] Groups { get; }

    internal ScopeIndex Scopes { get; }

    private static CompiledPromotion[][] Compile(IReadOnlyList<PromotionDefinition> definitions)
    {
        var groups = Enum.GetValues<PromotionGroup>();
        var compiled = new CompiledPromotion[groups.Length][];
        var index = 0;
        foreach (var group in groups)
            compiled[(int)group] = definitions
                .Where(d => d.Rules.Group == group)
                .OrderByDescending(d => d.Rules.Priority).ThenBy(d => d.Id)
                .Select(d => new CompiledPromotion(d, index++))
                .ToArray();
        return compiled;
    }
}
