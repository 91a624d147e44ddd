namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>What a benefit sees: the cart, the indexes of the lines in its scope, and the amounts left so far.</summary>
internal sealed class BenefitContext(PricingRequest request, int[] inScope, decimal[] current, decimal shippingLeft)
{
    public PricingRequest Request => request;
    public IReadOnlyList<PricingLine> Lines => request.Lines;
    /// <summary>Indexes into <see cref="Lines"/> of the lines in scope, in cart order.</summary>
    public int[] InScope => inScope;
    /// <summary>Each line's amount after the promotions applied before this one (never below zero).</summary>
    public decimal[] Current => current;
    public decimal ShippingLeft => shippingLeft;

    public decimal ScopeAmount()
    {
        var sum = 0m;
        foreach (var i in inScope) sum += current[i];
        return sum;
    }

    public int ScopeUnits()
    {
        var units = 0;
        foreach (var i in inScope) units += request.Lines[i].Quantity;
        return units;
    }
}
