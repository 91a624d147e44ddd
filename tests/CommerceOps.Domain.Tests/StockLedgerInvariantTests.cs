using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;

namespace CommerceOps.Domain.Tests;

public class StockLedgerInvariantTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Random sequences of receipts, reservations, releases, shipments, returns and adjustments never break the ledger.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2026)]
    public void On_hand_always_equals_the_sum_of_movements_and_available_is_never_negative(int seed)
    {
        var random = new Random(seed);
        var item = new StockItem(1, "SKU1", 1, "SH-OWN");
        var refused = 0;
        for (var i = 0; i < 2_000; i++)
        {
            var quantity = random.Next(-5, 30);
            try
            {
                switch (random.Next(6))
                {
                    case 0: item.Receive(quantity, "po", Now); break;
                    case 1: item.Reserve(quantity); break;
                    case 2: item.Release(quantity); break;
                    case 3: item.ShipReserved(quantity, "so", Now); break;
                    case 4: item.ReceiveReturn(quantity, "rma", Now); break;
                    default: item.Adjust(random.Next(-20, 20), "count", Now); break;
                }
            }
            catch (DomainException)
            {
                refused++;
            }
            Assert.Equal(item.OnHand, item.NewMovements.Sum(m => m.Quantity));
            Assert.InRange(item.Reserved, 0, item.OnHand);
            Assert.True(item.Available >= 0);
        }
        Assert.InRange(refused, 1, 1_999);
        Assert.Equal(item.NewMovements.Count, item.DomainEvents.OfType<StockMoved>().Count());
    }

    [Fact]
    public void Reserving_more_than_is_available_is_refused_with_the_sku()
    {
        var item = new StockItem(1, "SKU1", 1, "SH-OWN");
        item.Receive(5, "po", Now);
        item.Reserve(4);
        var e = Assert.Throws<InsufficientStockException>(() => item.Reserve(2));
        Assert.Equal("SKU1", e.SkuCode);
        Assert.Equal(4, item.Reserved);
    }
}
