namespace CommerceOps.Domain.Privacy;

/// <summary>Rule ids from SPEC.md §D that the personal-information checks cite in their errors and findings.</summary>
public static class PrivacyRuleIds
{
    public const string Consent = "PI-CONSENT-001";
    public const string Withdraw = "PI-WITHDRAW-003";
    public const string Sensitive = "PI-SENS-005";
    public const string NonPersonalised = "PI-ADM-007";
    public const string Rights = "PI-RIGHTS-008";
    public const string Retention = "PI-RETAIN-009";
}
