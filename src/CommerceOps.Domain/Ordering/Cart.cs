using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Ordering;

/// <summary>A shopping cart. Prices are read at checkout, not frozen in the cart.</summary>
public sealed class Cart
{
    private readonly List<CartLine> _lines = [];

    private Cart() { }

    public Cart(Guid id, long customerId, DateTimeOffset createdAt)
    {
        Id = id;
        CustomerId = customerId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public long CustomerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<CartLine> Lines => _lines;

    /// <summary>Sets a line's quantity; 0 removes it.</summary>
    public void SetQuantity(string skuCode, int quantity, DateTimeOffset at)
    {
        if (quantity is < 0 or > Order.MaxQuantityPerLine)
            throw new DomainException($"Quantity must be between 0 and {Order.MaxQuantityPerLine}.", "quantity");
        var line = _lines.FirstOrDefault(l => l.SkuCode == skuCode);
        if (quantity == 0)
        {
            if (line is not null) _lines.Remove(line);
        }
        else if (line is null)
        {
            if (_lines.Count >= Order.MaxLines) throw new DomainException($"A cart holds at most {Order.MaxLines} lines.", "skuCode");
            _lines.Add(new CartLine(skuCode, quantity));
        }
        else
        {
            line.Quantity = quantity;
        }
        UpdatedAt = at;
    }

    public void Clear(DateTimeOffset at)
    {
        _lines.Clear();
        UpdatedAt = at;
    }
}

public sealed class CartLine
{
    private CartLine() { }

    internal CartLine(string skuCode, int quantity)
    {
        SkuCode = skuCode;
        Quantity = quantity;
    }

    public long Id { get; private set; }
    public string SkuCode { get; private set; } = "";
    public int Quantity { get; internal set; }
}
