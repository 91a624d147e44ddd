namespace CommerceOps.Infrastructure.Logistics;

/// <summary>One scan a carrier reports for a tracking number; <see cref="Delivered"/> marks the signed-for scan.</summary>
public sealed record CarrierTrackingEvent(string TrackingNumber, DateTimeOffset At, string Location, string Description, bool Delivered);
