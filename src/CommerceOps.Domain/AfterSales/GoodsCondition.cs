namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// The state of the goods as the customer declares it. Opening the package to inspect is allowed for a no-reason
/// return (商品完好 includes opened-for-inspection); used goods or goods missing parts are not intact.
/// </summary>
public enum GoodsCondition
{
    Unopened,
    OpenedForInspection,
    Used,
    MissingParts,
}
