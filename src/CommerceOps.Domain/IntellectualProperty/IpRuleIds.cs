namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>
/// Rule ids of the intellectual-property checks. SPEC.md (shared/compliance) has no IP section yet, so these follow its
/// naming (area-topic-number) and cite the e-commerce law articles they rest on (电子商务法 2018, full text in laws/).
/// </summary>
public static class IpRuleIds
{
    /// <summary>Art.41/45: a branded product is listed only with a valid authorisation from the rights holder for its seller or supplier.</summary>
    public const string BrandAuthorisation = "IP-AUTH-001";

    /// <summary>Art.42/43: a rights holder's notice with preliminary evidence; the platform takes the listing down or keeps it, with reasons.</summary>
    public const string InfringementNotice = "IP-NOTICE-002";

    /// <summary>Art.41: original designs registered with their date, the evidence for later disputes.</summary>
    public const string OriginalDesign = "IP-DESIGN-003";
}
