using CommerceOps.Domain.Common;
using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Domain.Purchasing;

/// <summary>
/// An order to a supplier for one warehouse: draft → sent → partly received → received (or cancelled before anything
/// arrives). Receiving is checked here; the units enter the warehouse through the stock ledger as receipts.
/// </summary>
public sealed class PurchaseOrder : AggregateRoot
{
    private readonly List<PurchaseOrderLine> _lines = [];

    private PurchaseOrder() { }

    public PurchaseOrder(string number, Supplier supplier, long warehouseId, string warehouseCode, DateTimeOffset at)
    {
        Number = number;
        SupplierId = supplier.Id;
        SupplierCode = supplier.Code;
        WarehouseId = warehouseId;
        WarehouseCode = warehouseCode;
        CreatedAt = at;
    }

    public string Number { get; private set; } = "";
    public long SupplierId { get; private set; }
    public string SupplierCode { get; private set; } = "";
    public long WarehouseId { get; private set; }
    public string WarehouseCode { get; private set; } = "";
    public PurchaseOrderStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }
    public IReadOnlyList<PurchaseOrderLine> Lines => _lines;

    public void AddLine(long skuId, string skuCode, int quantity, decimal unitCost, SupplyTerms terms)
    {
        if (Status != PurchaseOrderStatus.Draft) throw new InvalidStateException("Lines can only be added to a draft.");
        if (quantity < 1) throw new DomainException("Order at least one unit.", "quantity");
        if (quantity < terms.MinimumOrderQuantity || quantity % terms.PackSize != 0)
            throw new DomainException($"The supplier takes at least {terms.MinimumOrderQuantity} units in packs of {terms.PackSize}.", "quantity");
        if (_lines.Any(l => l.SkuId == skuId)) throw new DomainException($"SKU {skuCode} is already on this order.", "sku");
        _lines.Add(new PurchaseOrderLine(skuId, skuCode, quantity, unitCost));
    }

    public void Send(DateTimeOffset at)
    {
        if (Status != PurchaseOrderStatus.Draft) throw new InvalidStateException($"A {Status.ToWire()} purchase order cannot be sent.");
        if (_lines.Count == 0) throw new DomainException("A purchase order needs at least one line.", "lines");
        Status = PurchaseOrderStatus.Sent;
        SentAt = at;
    }

    /// <summary>Records units that arrived; the caller books them into stock.</summary>
    public PurchaseOrderLine Receive(string skuCode, int quantity, DateTimeOffset at)
    {
        if (Status is not (PurchaseOrderStatus.Sent or PurchaseOrderStatus.PartlyReceived))
            throw new InvalidStateException($"A {Status.ToWire()} purchase order cannot receive goods.");
        var line = _lines.SingleOrDefault(l => l.SkuCode == skuCode) ?? throw new NotFoundException($"SKU {skuCode} is not on this order.", "sku");
        if (quantity < 1 || quantity > line.Outstanding)
            throw new DomainException($"Between 1 and {line.Outstanding} units of {skuCode} are still expected.", "quantity");
        line.Receive(quantity);
        if (_lines.All(l => l.Outstanding == 0))
        {
            Status = PurchaseOrderStatus.Received;
            ReceivedAt = at;
        }
        else
        {
            Status = PurchaseOrderStatus.PartlyReceived;
        }
        return line;
    }

    public void Cancel()
    {
        if (Status is not (PurchaseOrderStatus.Draft or PurchaseOrderStatus.Sent))
            throw new InvalidStateException($"A {Status.ToWire()} purchase order cannot be cancelled.");
        Status = PurchaseOrderStatus.Cancelled;
    }
}
