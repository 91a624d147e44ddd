using CommerceOps.Domain.Logistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Logistics;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.ToTable("shipments");
        b.Ignore(s => s.DomainEvents);
        b.Ignore(s => s.PromiseKept);
        b.HasIndex(s => s.OrderId);
        b.Property(s => s.OrderNumber).HasMaxLength(64);
        b.Property(s => s.Carrier).HasMaxLength(64);
        b.Property(s => s.TrackingNumber).HasMaxLength(64);
        b.HasMany(s => s.Nodes).WithOne().HasForeignKey(n => n.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Nodes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TrackingNodeConfiguration : IEntityTypeConfiguration<TrackingNode>
{
    public void Configure(EntityTypeBuilder<TrackingNode> b)
    {
        b.ToTable("tracking_nodes");
        b.Property(n => n.Location).HasMaxLength(200);
        b.Property(n => n.Description).HasMaxLength(500);
    }
}

internal sealed class CustomsDeclarationConfiguration : IEntityTypeConfiguration<CustomsDeclaration>
{
    public void Configure(EntityTypeBuilder<CustomsDeclaration> b)
    {
        b.ToTable("customs_declarations");
        b.HasIndex(d => d.OrderNumber).IsUnique();
        b.Property(d => d.OrderNumber).HasMaxLength(64);
        b.Property(d => d.DeclarationNumber).HasMaxLength(64);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.RejectionReason).HasMaxLength(500);
    }
}
