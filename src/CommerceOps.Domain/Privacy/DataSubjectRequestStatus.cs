namespace CommerceOps.Domain.Privacy;

public enum DataSubjectRequestStatus
{
    Received,
    Completed,
    /// <summary>Refused with a reason, as Art.50 requires.</summary>
    Refused,
}
