namespace CommerceOps.Domain.Logistics;

/// <summary>Where a cross-border order's customs declaration (跨境电商清单申报) stands.</summary>
public enum CustomsStatus
{
    Submitted,
    Cleared,
    Rejected,
}
