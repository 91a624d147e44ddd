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
        var totalFen = ToFen(total);
        decimal weightFen = 0m;
        foreach (var w in weights) weightFen += ToFen(w);
        if (totalFen < 0 || totalFen > weightFen) throw new ArgumentOutOfRangeException(nameof(total), "The discount must be between zero and the sum of the weights.");
        parts.Clear();
        if (totalFen == 0) return;

        Span<decimal> remainders = weights.Length <= 256 ? stackalloc decimal[weights.Length] : new decimal[weights.Length];
        var given = 0m;
        for (var i = 0; i < weights.Length; i++)
        {
            var numerator = totalFen * ToFen(weights[i]);
            remainders[i] = numerator % weightFen;
            var share = (numerator - remainders[i]) / weightFen; // exact: integer arithmetic, no rounded quotient
            parts[i] = share;
            given += share;
        }
        for (var left = totalFen - given; left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < remainders.Length; i++)
                if (remainders[i] > 0 && (best < 0 || remainders[i] > remainders[best])) best = i;
            parts[best] += 1m;
            remainders[best] = 0m;
        }
        for (var i = 0; i < parts.Length; i++) parts[i] /= 100m;
    }

    private static decimal ToFen(decimal amount) =>
        decimal.Round(amount * 100m) is var fen && fen == amount * 100m
            ? fen
            : throw new ArgumentException($"{amount} is not a whole number of fen.", nameof(amount));
}
