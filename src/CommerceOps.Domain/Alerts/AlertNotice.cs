namespace CommerceOps.Domain.Alerts;

/// <summary>
/// What a part of the product reports to the alert inbox. <paramref name="Source"/> names the producer
/// (e.g. <c>metrics</c>, <c>logistics.late_shipment</c>, <c>aftersales.sla</c>); <paramref name="Key"/> identifies the
/// watched thing within it (a metric, a shipment number, a return number), so raising it again updates the open alert
/// instead of opening a second one. <paramref name="Diagnosis"/> is optional structured detail as JSON (metric alerts
/// attach their automatic diagnosis).
/// </summary>
public sealed record AlertNotice(string Source, string Key, AlertLevel Level, string Title, string Detail, string? Link = null, string? Diagnosis = null);
