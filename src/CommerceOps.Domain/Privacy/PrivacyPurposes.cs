namespace CommerceOps.Domain.Privacy;

/// <summary>
/// The purposes the code itself uses, and the catalogue a fresh installation starts with. Compliance may edit the
/// descriptions and add purposes; a stored purpose overrides the default with the same code.
/// </summary>
public static class PrivacyPurposes
{
    public const string Marketing = "marketing";
    public const string OrderFulfilment = "order_fulfilment";
    public const string TransactionRecords = "transaction_records";
    public const string PersonalisedRecommendations = "personalised_recommendations";
    public const string BiometricPayment = "biometric_payment";
    public const string PreciseLocation = "precise_location";
    public const string HealthProof = "health_proof";

    public static IReadOnlyList<PrivacyPurpose> Defaults(DateTimeOffset at) =>
    [
        new(Marketing, "营销短信、推送与邮件 / Marketing messages by SMS, push and e-mail", false, LegalBasis.Consent, "until withdrawn", "default", at),
        new(OrderFulfilment, "收货人姓名、电话与地址用于配送 / Recipient name, phone and address to deliver orders", false, LegalBasis.ContractNecessity, "until the order is complete, then masked", "default", at),
        new(TransactionRecords, "交易记录（电子商务法第31条保存3年）/ Transaction records kept 3 years (E-Commerce Law Art.31)", false, LegalBasis.LegalObligation, "3 years after completion", "default", at),
        new(PersonalisedRecommendations, "基于浏览与购买记录的个性化推荐与搜索 / Personalised recommendations and search from browsing and purchases", false, LegalBasis.Consent, "until withdrawn", "default", at),
        new(BiometricPayment, "指纹/面容快捷支付（生物识别，敏感）/ Fingerprint or face quick pay (biometric, sensitive)", true, LegalBasis.Consent, "until withdrawn; templates stay on the device", "default", at),
        new(PreciseLocation, "精确定位用于门店自提与配送范围（敏感）/ Precise location for pickup and delivery range (sensitive)", true, LegalBasis.Consent, "not stored beyond the session", "default", at),
        new(HealthProof, "过敏照片等健康相关凭证用于售后（敏感）/ Health-related proof such as allergy photos for after-sales (sensitive)", true, LegalBasis.Consent, "until the return is closed plus 3 years", "default", at),
    ];
}
