namespace CommerceOps.Domain.Compliance;

/// <summary>Rule ids from SPEC.md §C and §D that the return-policy and personal-information checks cite.</summary>
public static class ReturnRuleIds
{
    public const string NoReasonReturn = "RET-7D-004";
}
