namespace CommerceOps.Domain.Marketing.Lifetime;

/// <summary>
/// One customer's repeat-purchase summary in the BG/NBD notation: <see cref="X"/> repeat purchases, the last at
/// <see cref="TX"/> and observed until <see cref="T"/>, both counted from the first purchase in one time unit (weeks for
/// CDNOW, days in the product). <see cref="MeanValue"/> (z̄) is the mean value of the repeat purchases. <see cref="Weight"/>
/// lets identical histories count once with a multiplicity.
/// </summary>
public sealed record PurchaseHistory(double X, double TX, double T, double? MeanValue = null, double Weight = 1)
{
    public bool IsRepeatBuyer => X > 0;
}
