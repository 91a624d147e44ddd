namespace CommerceOps.Domain.Ordering;

/// <summary>
/// The buyer's explicit confirmation at checkout that a line is excluded from no-reason returns (RET-7D-004): the
/// exclusion, the policy version and the exact text shown, and when.
/// </summary>
public sealed record ReturnPolicyConfirmation(Compliance.ReturnExclusion Exclusion, int PolicyVersion, string Text, DateTimeOffset ConfirmedAt);
