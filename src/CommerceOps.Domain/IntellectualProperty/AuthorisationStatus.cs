namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>
/// Where an authorisation (or a brand's best one) stands at a moment: not started yet, valid, valid but ending within
/// the warning window, expired; a brand with no authorisation at all is missing.
/// </summary>
public enum AuthorisationStatus
{
    Valid,
    Expiring,
    Expired,
    Missing,
    Pending,
}
