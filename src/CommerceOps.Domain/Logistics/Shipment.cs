using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Logistics;

public sealed class Shipment : AggregateRoot
{
    private readonly List<TrackingNode> _nodes = [];

    private Shipment() { }

    public Shipment(long orderId, string orderNumber, long warehouseId, string carrier, string trackingNumber, DateTimeOffset shippedAt, DateTimeOffset? promisedBy)
    {
        if (string.IsNullOrWhiteSpace(carrier)) throw new DomainException("A shipment needs a carrier.", "carrier");
        if (string.IsNullOrWhiteSpace(trackingNumber)) throw new DomainException("A shipment needs a tracking number.", "trackingNumber");
        OrderId = orderId;
        OrderNumber = orderNumber;
        WarehouseId = warehouseId;
        Carrier = carrier.Trim();
        TrackingNumber = trackingNumber.Trim();
        ShippedAt = shippedAt;
        PromisedBy = promisedBy;
    }

    public long OrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public long WarehouseId { get; private set; }
    public string Carrier { get; private set; } = "";
    public string TrackingNumber { get; private set; } = "";
    public DateTimeOffset ShippedAt { get; private set; }
    public DateTimeOffset? PromisedBy { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public IReadOnlyList<TrackingNode> Nodes => _nodes;

    public bool? PromiseKept => DeliveredAt is null || PromisedBy is null ? null : DeliveredAt <= PromisedBy;

    public TrackingNode AddNode(DateTimeOffset at, string location, string description)
    {
        if (DeliveredAt is not null && at > DeliveredAt) throw new InvalidStateException("The shipment is already delivered.");
        var node = new TrackingNode(at, location, description);
        _nodes.Add(node);
        return node;
    }

    public void MarkDelivered(DateTimeOffset at)
    {
        if (DeliveredAt is not null) throw new InvalidStateException("The shipment is already delivered.");
        if (at < ShippedAt) throw new DomainException("Delivery cannot precede shipment.", "deliveredAt");
        DeliveredAt = at;
    }
}
