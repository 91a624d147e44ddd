using CommerceOps.Domain.Marketing.Lifetime;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>Fits BG/NBD + Gamma-Gamma to the store's customers as of a date and scores each over a horizon of months.</summary>
public sealed class LifetimeValueQuery(PurchaseHistoryQuery histories)
{
    public sealed record Result(LifetimeValueFit Fit, int HorizonDays, IReadOnlyList<CustomerLifetimeValue> Customers);

    public Result Compute(RfmAsOf asOf, int horizonMonths)
    {
        if (horizonMonths is < 1 or > 120) throw new Domain.Common.DomainException("The horizon is 1 to 120 months.", "horizonMonths");
        var customers = histories.AsOf(asOf);
        if (customers.Count == 0) throw new Domain.Common.DomainException($"No customer has a non-cancelled order before {asOf.Date:yyyy-MM-dd}.", "asOf");
        var fit = LifetimeValueFit.Fit(customers.Select(c => c.History).ToList());
        // Calendar months from D, so "12 months" is exactly the next year, leap day included.
        var horizonDays = asOf.Date.AddMonths(horizonMonths).DayNumber - asOf.Date.DayNumber;
        var scored = customers.Select(c =>
        {
            var h = c.History;
            var purchases = fit.Purchases.ExpectedPurchases(h, horizonDays);
            var value = fit.Value.ExpectedMeanValue(h);
            return new CustomerLifetimeValue(c.CustomerId, (long)h.X, (long)h.TX, (long)h.T, h.MeanValue,
                fit.Purchases.ProbabilityAlive(h), purchases, value, purchases * value);
        }).ToList();
        return new Result(fit, horizonDays, scored);
    }
}
