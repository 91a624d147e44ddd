namespace CommerceOps.Domain.SupplyChain;

public enum XyzClass
{
    /// <summary>Steady demand.</summary>
    X,
    /// <summary>Fluctuating demand.</summary>
    Y,
    /// <summary>Erratic or no demand.</summary>
    Z,
}
