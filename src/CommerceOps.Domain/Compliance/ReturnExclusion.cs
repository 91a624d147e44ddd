namespace CommerceOps.Domain.Compliance;

/// <summary>
/// Why a SKU is excluded from 7-day no-reason returns (消费者权益保护法 Art.25). The first four are statutory; the others
/// hold only if the consumer confirmed them at purchase (网络购买商品七日无理由退货暂行办法).
/// </summary>
public enum ReturnExclusion
{
    CustomMade,
    FreshPerishable,
    DigitalUnsealed,
    NewspapersDelivered,
    UnsealingAffectsSafety,
    ActivatedOrTried,
    NearExpiryOrDefectDisclosed,
}

public static class ReturnExclusions
{
    public static bool IsStatutory(this ReturnExclusion exclusion) => exclusion is ReturnExclusion.CustomMade
        or ReturnExclusion.FreshPerishable or ReturnExclusion.DigitalUnsealed or ReturnExclusion.NewspapersDelivered;
}
