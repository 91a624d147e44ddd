namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// Which promotions each SKU, category and brand belongs to, as bit sets over the promotions of a set. A line's
/// promotions are then a few dictionary lookups and bitwise ANDs, instead of asking every promotion about every
/// line (100 lines × 50 promotions = 5,000 questions, each a few hash lookups).
/// </summary>
internal sealed class ScopeIndex
{
    private readonly int _words;
    private readonly Dimension _skus, _categories, _brands;

    public ScopeIndex(IReadOnlyList<CompiledPromotion> promotions)
    {
        _words = (promotions.Count + 63) / 64;
        _skus = new Dimension(_words);
        _categories = new Dimension(_words);
        _brands = new Dimension(_words);
        for (var p = 0; p < promotions.Count; p++)
        {
            var scope = promotions[p].Rules.Scope ?? PromotionScope.Everything;
            _skus.Add(p, scope.Skus, scope.ExcludedSkus);
            _categories.Add(p, scope.Categories, scope.ExcludedCategories);
            _brands.Add(p, scope.Brands, scope.ExcludedBrands);
        }
    }

    /// <summary>For each promotion (by index), the indexes of the lines in its scope, and whether an exclusion removed a line.</summary>
    public (int[][] Scopes, bool[] ExcludedAny) Match(IReadOnlyList<PricingLine> lines, int promotionCount)
    {
        var counts = new int[promotionCount];
        var excludedAny = new bool[promotionCount];
        var masks = new ulong[lines.Count * _words];
        Span<ulong> included = stackalloc ulong[_words];
        Span<ulong> excluded = stackalloc ulong[_words];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            included.Fill(ulong.MaxValue);
            excluded.Clear();
            _skus.Apply(line.Sku, included, excluded);
            _categories.Apply(line.Category, included, excluded);
            _brands.Apply(line.Brand, included, excluded);
            var mask = masks.AsSpan(i * _words, _words);
            for (var w = 0; w < _words; w++)
            {
                mask[w] = included[w] & ~excluded[w];
                for (var bits = included[w] & excluded[w]; bits != 0; bits &= bits - 1)
                    excludedAny[w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits)] = true;
                for (var bits = mask[w]; bits != 0; bits &= bits - 1)
                    counts[w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
            }
        }
        var scopes = new int[promotionCount][];
        for (var p = 0; p < promotionCount; p++) scopes[p] = counts[p] == 0 ? [] : new int[counts[p]];
        var filled = new int[promotionCount];
        for (var i = 0; i < lines.Count; i++)
            for (var w = 0; w < _words; w++)
                for (var bits = masks[i * _words + w]; bits != 0; bits &= bits - 1)
                {
                    var p = w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    scopes[p][filled[p]++] = i;
                }
        return (scopes, excludedAny);
    }

    /// <summary>One dimension (SKU, category or brand): which promotions list a value, and which have no list at all.</summary>
    private sealed class Dimension(int words)
    {
        private readonly ulong[] _unrestricted = new ulong[words];
        private readonly Dictionary<string, ulong[]> _includedBy = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ulong[]> _excludedBy = new(StringComparer.Ordinal);

        public void Add(int promotion, IReadOnlyList<string>? include, IReadOnlyList<string>? exclude)
        {
            if (include is not { Count: > 0 }) Set(_unrestricted, promotion);
            else foreach (var value in include) Set(Bits(_includedBy, value), promotion);
            foreach (var value in exclude ?? []) Set(Bits(_excludedBy, value), promotion);
        }

        /// <summary>Narrows <paramref name="included"/> to the promotions this value passes, and adds those it is excluded from.</summary>
        public void Apply(string? value, Span<ulong> included, Span<ulong> excluded)
        {
            ulong[]? listed = null, unlisted = null;
            if (value is not null)
            {
                _includedBy.TryGetValue(value, out listed);
                _excludedBy.TryGetValue(value, out unlisted);
            }
            for (var w = 0; w < included.Length; w++)
            {
                included[w] &= _unrestricted[w] | (listed?[w] ?? 0UL);
                if (unlisted is not null) excluded[w] |= unlisted[w];
            }
        }

        private ulong[] Bits(Dictionary<string, ulong[]> map, string value)
        {
            if (!map.TryGetValue(value, out var bits)) map[value] = bits = new ulong[words];
            return bits;
        }

        private static void Set(ulong[] bits, int index) => bits[index / 64] |= 1UL << (index % 64);
    }
}
