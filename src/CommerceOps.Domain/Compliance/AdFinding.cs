namespace CommerceOps.Domain.Compliance;

/// <summary>
/// One finding: <paramref name="Start"/> and <paramref name="Length"/> are UTF-16 code units in the ORIGINAL text of
/// <paramref name="Field"/>, so "最 好" is reported with length 3. A missing disclaimer has length 0 at the end of the text.
/// </summary>
public sealed record AdFinding(string Field, int Start, int Length, string Matched, string RuleId, FindingSeverity Severity, string Reason);
