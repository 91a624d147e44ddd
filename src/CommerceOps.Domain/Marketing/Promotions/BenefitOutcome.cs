using System.Globalization;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// A benefit's result: the discount per line in scope (aligned with <see cref="BenefitContext.InScope"/>), a
/// shipping discount or a gift, and a one-line detail for the explanation — or the reason it gave nothing.
/// </summary>
internal sealed class BenefitOutcome
{
    private BenefitOutcome() { }

    public decimal[]? LineAmounts { get; private init; }
    public decimal ItemAmount { get; private init; }
    public decimal ShippingAmount { get; private init; }
    public (string Sku, int Quantity)? Gift { get; private init; }
    public string Detail { get; private init; } = "";
    public NotAppliedReason? Failure { get; private init; }
    public decimal? Shortfall { get; private init; }

    public decimal Value => ItemAmount + ShippingAmount;

    /// <summary>A discount on the scope as a whole, split over its lines by <see cref="DiscountAllocation"/>.</summary>
    public static BenefitOutcome Proportional(BenefitContext context, decimal total, string detail)
    {
        var scope = context.InScope;
        var weights = new decimal[scope.Length];
        for (var k = 0; k < scope.Length; k++) weights[k] = context.Current[scope[k]];
        var parts = new decimal[scope.Length];
        DiscountAllocation.Allocate(total, weights, parts);
        return new BenefitOutcome { LineAmounts = parts, ItemAmount = total, Detail = detail };
    }

    /// <summary>A discount already computed per line in scope (each at most the line's current amount).</summary>
    public static BenefitOutcome PerLine(decimal[] amounts, string detail)
    {
        var total = 0m;
        foreach (var a in amounts) total += a;
        return new BenefitOutcome { LineAmounts = amounts, ItemAmount = total, Detail = detail };
    }

    public static BenefitOutcome Shipping(decimal amount, string detail) => new() { ShippingAmount = amount, Detail = detail };

    public static BenefitOutcome Gifted(string sku, int quantity, string detail) => new() { Gift = (sku, quantity), Detail = detail };

    public static BenefitOutcome NotApplied(NotAppliedReason reason, string detail, decimal? shortfall = null) =>
        new() { Failure = reason, Detail = detail, Shortfall = shortfall };

    /// <summary>"¥12.50". The standard F2 format: custom formats like "0.00" cost several times more, and explanations hold many amounts.</summary>
    /// <summary>"15" or "7.5": a percentage without trailing zeros.</summary>
    public static string Percent(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);

    public static string Yuan(decimal amount) => "¥" + amount.ToString("F2", CultureInfo.InvariantCulture);
}
