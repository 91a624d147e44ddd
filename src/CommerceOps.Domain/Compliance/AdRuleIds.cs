namespace CommerceOps.Domain.Compliance;

/// <summary>Rule ids of the advertising-law checks (../shared/compliance/SPEC.md, section A).</summary>
public static class AdRuleIds
{
    /// <summary>广告法 Art.9(3): absolute terms.</summary>
    public const string Absolute = "AD-ABS-001";
    /// <summary>广告法 Art.17: disease-treatment claims or medical terms outside medical, drug and device ads.</summary>
    public const string Medical = "AD-MED-002";
    /// <summary>广告法 Art.18: health-food claims and the "本品不能代替药物" disclaimer.</summary>
    public const string HealthFood = "AD-HEALTHFOOD-003";
    /// <summary>广告法 Art.11 para.2: statistics need a source.</summary>
    public const string Citation = "AD-CITE-004";
    /// <summary>广告法 Art.28 and 规范促销 Art.5: false claims, guarantees and unbacked urgency.</summary>
    public const string False = "AD-FALSE-005";
    /// <summary>广告法 Art.8 para.2: a gift needs its type, spec, quantity, period and method.</summary>
    public const string Gift = "AD-GIFT-006";
    /// <summary>广告法 Art.9(1),(2): national symbols and state organs.</summary>
    public const string FalseAuthority = "AD-FLAG-007";
}
