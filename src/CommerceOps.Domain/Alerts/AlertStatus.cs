namespace CommerceOps.Domain.Alerts;

public enum AlertStatus
{
    Open = 1,
    Acknowledged = 2,
    Closed = 3,
}
