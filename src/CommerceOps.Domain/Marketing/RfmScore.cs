namespace CommerceOps.Domain.Marketing;

/// <summary>
/// Scores from ranks: customers ranked 1..n (best last), score = 1 + floor(5 × (rank − 1) / n), so each fifth of the
/// ranking gets one score and the best fifth scores 5. Ties are broken before ranking (by customer id), never shared.
/// </summary>
public static class RfmScore
{
    public const int Quintiles = 5;

    public static int FromRank(long rank, long customers)
    {
        if (customers < 1 || rank < 1 || rank > customers)
            throw new ArgumentOutOfRangeException(nameof(rank), $"Rank {rank} is not between 1 and {customers}.");
        return 1 + (int)(Quintiles * (rank - 1) / customers);
    }
}
