using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Inventory;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> b)
    {
        b.ToTable("warehouses");
        b.HasIndex(w => w.Code).IsUnique();
        b.Property(w => w.Code).HasMaxLength(32);
        b.Property(w => w.Name).HasMaxLength(100);
        b.Property(w => w.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(w => w.Province).HasMaxLength(50);
        b.Property(w => w.City).HasMaxLength(50);
        b.Property(w => w.Supplier).HasMaxLength(100);
    }
}

internal sealed class StockItemConfiguration : IEntityTypeConfiguration<StockItem>
{
    public void Configure(EntityTypeBuilder<StockItem> b)
    {
        b.ToTable("stock_items", t => t.HasCheckConstraint("ck_stock_items_available", "reserved >= 0 AND on_hand >= reserved"));
        b.Ignore(s => s.DomainEvents);
        b.Ignore(s => s.Available);
        b.Ignore(s => s.NewMovements);
        b.HasIndex(s => new { s.SkuId, s.WarehouseId }).IsUnique();
        b.Property(s => s.SkuCode).HasMaxLength(64);
        b.Property(s => s.WarehouseCode).HasMaxLength(32);
        b.HasOne<Sku>().WithMany().HasForeignKey(s => s.SkuId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Warehouse>().WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> b)
    {
        b.ToTable("stock_movements");
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(m => m.Reference).HasMaxLength(100);
        b.HasIndex(m => new { m.SkuId, m.WarehouseId });
    }
}

internal sealed class StockReservationConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> b)
    {
        b.ToTable("stock_reservations");
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(r => new { r.OrderId, r.Status });
    }
}
