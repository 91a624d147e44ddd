namespace CommerceOps.Domain.Analytics;

/// <summary>
/// How much of a GMV change each factor explains, by the Shapley split of GMV = V × C × A: each factor's effect is its
/// change weighted by the other two factors averaged over every order in which the factors could change. The three
/// effects add up to the change exactly, are symmetric (no factor is favoured by being "first", unlike a sequential
/// split) and, unlike log-mean Divisia, stay defined when a factor is zero on one side (a new channel, a day
/// without buyers). Effects are rounded to the fen; the AOV effect takes the rounding remainder so the parts still
/// add up to the change to the fen. When the identity cannot hold (buyers recorded with no visitors at all),
/// the unexplained part is reported as <see cref="Unattributed"/>, not hidden in a factor.
/// </summary>
public sealed record GmvDecomposition(decimal Change, decimal VisitorsEffect, decimal ConversionEffect, decimal AverageOrderValueEffect, decimal Unattributed)
{
    public static GmvDecomposition Between(GmvFactors before, GmvFactors after)
    {
        var change = after.Gmv - before.Gmv;
        if (!Decomposable(before) || !Decomposable(after)) return new(change, 0, 0, 0, change);

        decimal v0 = before.Visitors, v1 = after.Visitors;
        decimal c0 = before.ConversionRate, c1 = after.ConversionRate;
        decimal a0 = before.AverageOrderValue, a1 = after.AverageOrderValue;
        var visitors = Round((v1 - v0) * ((c0 * a0 + c1 * a1) / 3 + (c1 * a0 + c0 * a1) / 6));
        var conversion = Round((c1 - c0) * ((v0 * a0 + v1 * a1) / 3 + (v1 * a0 + v0 * a1) / 6));
        return new(change, visitors, conversion, change - visitors - conversion, 0);
    }

    /// <summary>The effect of A before rounding, for checking that the remainder is the Shapley value.</summary>
    public static decimal ExactAverageOrderValueEffect(GmvFactors before, GmvFactors after)
    {
        decimal v0 = before.Visitors, v1 = after.Visitors, c0 = before.ConversionRate, c1 = after.ConversionRate;
        return (after.AverageOrderValue - before.AverageOrderValue) * ((v0 * c0 + v1 * c1) / 3 + (v1 * c0 + v0 * c1) / 6);
    }

    // V × C × A equals GMV when there are visitors, or when there is nothing at all.
    private static bool Decomposable(GmvFactors f) => f.Visitors > 0 || f.Buyers == 0;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.ToEven);
}
