namespace CommerceOps.Domain.Compliance;

/// <summary>The sentence a buyer confirms at checkout and sees on the product page, in Chinese with the English after it.</summary>
public static class ReturnPolicyText
{
    public static string Describe(ReturnPolicy policy) => policy.Exclusion switch
    {
        null => $"支持{policy.Days}天无理由退货 / {policy.Days}-day no-reason returns",
        { } e => $"本商品不支持七天无理由退货（{Chinese(e)}）/ Not returnable without a reason: {English(e)}"
            + (policy.Explanation is { } why ? $" — {why}" : ""),
    };

    public static string Chinese(ReturnExclusion exclusion) => exclusion switch
    {
        ReturnExclusion.CustomMade => "消费者定作",
        ReturnExclusion.FreshPerishable => "鲜活易腐",
        ReturnExclusion.DigitalUnsealed => "在线下载或拆封的音像制品、计算机软件等数字化商品",
        ReturnExclusion.NewspapersDelivered => "交付的报纸、期刊",
        ReturnExclusion.UnsealingAffectsSafety => "拆封后影响人身安全或生命健康",
        ReturnExclusion.ActivatedOrTried => "激活或试用后价值贬损较大",
        ReturnExclusion.NearExpiryOrDefectDisclosed => "销售时已明示临近保质期或有瑕疵",
        _ => exclusion.ToString(),
    };

    public static string English(ReturnExclusion exclusion) => exclusion switch
    {
        ReturnExclusion.CustomMade => "made to order",
        ReturnExclusion.FreshPerishable => "fresh or perishable",
        ReturnExclusion.DigitalUnsealed => "downloaded or unsealed digital goods",
        ReturnExclusion.NewspapersDelivered => "delivered newspapers and periodicals",
        ReturnExclusion.UnsealingAffectsSafety => "unsealing affects safety or health",
        ReturnExclusion.ActivatedOrTried => "value drops sharply once activated or tried",
        ReturnExclusion.NearExpiryOrDefectDisclosed => "near expiry or defect disclosed at sale",
        _ => exclusion.ToString(),
    };
}
