using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Alerts;

/// <summary>
/// One entry of the in-console alert inbox: opened by a notice, updated while the condition lasts (its level may rise
/// or fall), acknowledged by a person, closed when the condition clears or a person closes it.
/// </summary>
public sealed class Alert : AggregateRoot
{
    private Alert() { }

    public Alert(AlertNotice notice, DateTimeOffset now)
    {
        Source = Required(notice.Source, "source");
        Key = Required(notice.Key, "key");
        Title = Required(notice.Title, "title");
        Level = notice.Level;
        Detail = notice.Detail;
        Link = notice.Link;
        Diagnosis = notice.Diagnosis;
        Status = AlertStatus.Open;
        OpenedAt = UpdatedAt = now;
        Raise(new AlertRaised(Source, Key, Level.ToString(), Title) { OccurredAt = now });
    }

    public string Source { get; private set; } = "";
    public string Key { get; private set; } = "";
    public AlertLevel Level { get; private set; }
    public AlertStatus Status { get; private set; }
    public string Title { get; private set; } = "";
    public string Detail { get; private set; } = "";
    public string? Link { get; private set; }
    /// <summary>Structured detail as JSON, e.g. a metric alert's automatic diagnosis; null when the producer has none.</summary>
    public string? Diagnosis { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => Status != AlertStatus.Closed;

    /// <summary>The condition is still there: keep the newest title and detail; a level change is news worth sending.</summary>
    public void Update(AlertNotice notice, DateTimeOffset now)
    {
        if (!IsOpen) throw new DomainException("A closed alert cannot be updated; raise a new one.", "status");
        var levelChanged = notice.Level != Level;
        Level = notice.Level;
        Title = Required(notice.Title, "title");
        Detail = notice.Detail;
        Link = notice.Link;
        Diagnosis = notice.Diagnosis;
        UpdatedAt = now;
        if (levelChanged) Raise(new AlertRaised(Source, Key, Level.ToString(), Title) { OccurredAt = now });
    }

    public void Acknowledge(string user, DateTimeOffset now)
    {
        if (!IsOpen) throw new DomainException("The alert is already closed.", "status");
        Status = AlertStatus.Acknowledged;
        AcknowledgedBy = user;
        AcknowledgedAt = now;
        UpdatedAt = now;
    }

    public void Close(DateTimeOffset now)
    {
        if (!IsOpen) return;
        Status = AlertStatus.Closed;
        ClosedAt = UpdatedAt = now;
        Raise(new AlertClosed(Source, Key) { OccurredAt = now });
    }

    private static string Required(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"An alert needs a {field}.", field) : value.Trim();
}
