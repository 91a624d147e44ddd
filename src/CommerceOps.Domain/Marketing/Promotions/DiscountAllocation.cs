namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// Splits a discount over lines in proportion to their amounts, exactly to the fen: each line gets the floor of its
/// share in fen, and the fen left over go one each to the lines with the largest remainders (ties: the earlier
/// line). The parts therefore always sum to the discount, and no line gets more than its own amount.
/// </summary>
public static class DiscountAllocation
{
    public static void Allocate(decimal total, ReadOnlySpan<decimal> weights, Span<decimal> parts)
    {
        if (weights.Length != parts.Length) throw new ArgumentException("One part per weight.", nameof(parts));
        // Whole fen in 64-bit integers and their products in 128 bits: exact, and far cheaper than decimal division.
        var totalFen = ToFen(total);
        Span<long> weightFen = weights.Length <= 256 ? stackalloc long[weights.Length] : new long[weights.Length];
        Int128 weightSum = 0;
        for (var i = 0; i < weights.Length; i++) weightSum += weightFen[i] = ToFen(weights[i]);
        if (totalFen < 0 || totalFen > weightSum) throw new ArgumentOutOfRangeException(nameof(total), "The discount must be between zero and the sum of the weights.");
        parts.Clear();
        if (totalFen == 0) return;

        Span<long> shares = weights.Length <= 256 ? stackalloc long[weights.Length] : new long[weights.Length];
        Span<Int128> remainders = weights.Length <= 256 ? stackalloc Int128[weights.Length] : new Int128[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (share, remainder) = Int128.DivRem((Int128)totalFen * weightFen[i], weightSum);
            shares[i] = (long)share;
            remainders[i] = remainder;
            given += shares[i];
        }
        for (var left = totalFen - given; left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < remainders.Length; i++)
                if (remainders[i] > 0 && (best < 0 || remainders[i] > remainders[best])) best = i;
            shares[best]++;
            remainders[best] = 0;
        }
        for (var i = 0; i < parts.Length; i++) parts[i] = shares[i] / 100m;
    }

    private static long ToFen(decimal amount)
    {
        var fen = amount * 100m;
        var whole = decimal.ToInt64(fen);
        return whole == fen ? whole : throw new ArgumentException($"{amount} is not a whole number of fen.", nameof(amount));
    }
}
