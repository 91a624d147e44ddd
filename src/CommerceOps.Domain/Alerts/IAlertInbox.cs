namespace CommerceOps.Domain.Alerts;

/// <summary>
/// Where every part of the product reports what needs attention (metric alerts, late shipments, SLA breaches).
/// Calls join the caller's unit of work: the alert is saved with the caller's changes, or not at all.
/// </summary>
public interface IAlertInbox
{
    /// <summary>Opens an alert for (source, key), or updates the open one.</summary>
    Task RaiseAsync(AlertNotice notice, CancellationToken cancellationToken);

    /// <summary>Closes the open alert for (source, key), if there is one: the condition has cleared.</summary>
    Task ResolveAsync(string source, string key, CancellationToken cancellationToken);
}
