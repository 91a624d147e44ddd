using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Purchasing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Purchasing;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> b)
    {
        b.ToTable("suppliers");
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.Code).HasMaxLength(32);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Ignore(s => s.LeadTime);
        b.Ignore(s => s.Terms);
    }
}

internal sealed class SupplierItemConfiguration : IEntityTypeConfiguration<SupplierItem>
{
    public void Configure(EntityTypeBuilder<SupplierItem> b)
    {
        b.ToTable("supplier_items");
        b.HasIndex(i => new { i.SupplierId, i.SkuId }).IsUnique();
        b.HasIndex(i => i.SkuId);
        b.Property(i => i.SkuCode).HasMaxLength(64);
        b.Property(i => i.UnitCost).HasPrecision(18, 2);
        b.Ignore(i => i.Terms);
        b.HasOne<Supplier>().WithMany().HasForeignKey(i => i.SupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Sku>().WithMany().HasForeignKey(i => i.SkuId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    public void Configure(EntityTypeBuilder<PurchaseOrder> b)
    {
        b.ToTable("purchase_orders");
        b.Ignore(o => o.DomainEvents);
        b.HasIndex(o => o.Number).IsUnique();
        b.HasIndex(o => o.Status);
        b.Property(o => o.Number).HasMaxLength(32);
        b.Property(o => o.SupplierCode).HasMaxLength(32);
        b.Property(o => o.WarehouseCode).HasMaxLength(32);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Supplier>().WithMany().HasForeignKey(o => o.SupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Warehouse>().WithMany().HasForeignKey(o => o.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.PurchaseOrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PurchaseOrderLineConfiguration : IEntityTypeConfiguration<PurchaseOrderLine>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderLine> b)
    {
        b.ToTable("purchase_order_lines");
        b.Property(l => l.SkuCode).HasMaxLength(64);
        b.Property(l => l.UnitCost).HasPrecision(18, 2);
        b.Ignore(l => l.Outstanding);
        b.HasIndex(l => l.SkuId);
    }
}
