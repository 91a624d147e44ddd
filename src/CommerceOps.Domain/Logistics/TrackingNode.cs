namespace CommerceOps.Domain.Logistics;

/// <summary>One scan or status point on the way to the customer, shown live on the order page.</summary>
public sealed class TrackingNode
{
    private TrackingNode() { }

    internal TrackingNode(DateTimeOffset at, string location, string description)
    {
        At = at;
        Location = location;
        Description = description;
    }

    public long Id { get; private set; }
    public long ShipmentId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Location { get; private set; } = "";
    public string Description { get; private set; } = "";
}
