namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// One customer's lifetime value over a horizon: the history (days), P(alive), expected purchases (purchase days) in the
/// horizon, expected value per purchase, and their product, the undiscounted CLV in the store's currency.
/// </summary>
public sealed record CustomerLifetimeValue(
    string CustomerId, long X, long TX, long T, double? MeanValue, double ProbabilityAlive, double ExpectedPurchases, double ExpectedValue, double Clv);
