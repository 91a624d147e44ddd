using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Ordering;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("orders");
        b.Ignore(o => o.DomainEvents);
        b.Ignore(o => o.CanChangeDelivery);
        b.HasIndex(o => o.Number).IsUnique();
        b.HasIndex(o => o.CustomerId);
        b.HasIndex(o => new { o.Status, o.PaymentDueAt });
        b.Property(o => o.Number).HasMaxLength(64);
        b.Property(o => o.CustomerCode).HasMaxLength(64);
        b.Property(o => o.Channel).HasMaxLength(32);
        b.Property(o => o.Source).HasMaxLength(32);
        b.Property(o => o.Currency).HasMaxLength(3);
        b.Property(o => o.Remarks).HasMaxLength(Order.MaxRemarksLength);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(32);
        b.Property(o => o.PromiseLevel).HasConversion<string>().HasMaxLength(32);
        b.Property(o => o.Total).HasPrecision(18, 2);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.OwnsOne(o => o.ShippingAddress, PostalAddressMapping.Configure);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsMany(o => o.Promotions, p =>
        {
            p.ToTable("order_promotions");
            p.WithOwner().HasForeignKey("OrderId");
            p.Property<long>("Id");
            p.HasKey("Id");
            p.HasIndex(x => x.PromotionId);
            p.Property(x => x.Code).HasMaxLength(64);
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.Type).HasMaxLength(32);
            p.Property(x => x.Amount).HasPrecision(18, 2);
        });
        b.Navigation(o => o.Promotions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.ToTable("order_lines");
        b.Property(l => l.SkuCode).HasMaxLength(64);
        b.Property(l => l.ProductTitle).HasMaxLength(300);
        b.Property(l => l.CategoryCode).HasMaxLength(100);
        b.Property(l => l.UnitPrice).HasPrecision(18, 2);
        b.Property(l => l.Discount).HasPrecision(18, 2);
        b.Ignore(l => l.GrossTotal);
        b.Ignore(l => l.LineTotal);
        b.OwnsOne(l => l.ReturnConfirmation, c =>
        {
            c.Property(x => x.Exclusion).HasColumnName("return_exclusion").HasConversion<string>().HasMaxLength(40);
            c.Property(x => x.PolicyVersion).HasColumnName("return_policy_version");
            c.Property(x => x.Text).HasColumnName("return_policy_text").HasMaxLength(800);
            c.Property(x => x.ConfirmedAt).HasColumnName("return_confirmed_at");
        });
    }
}

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> b)
    {
        b.ToTable("order_status_history");
        b.Property(h => h.From).HasConversion<string>().HasMaxLength(32);
        b.Property(h => h.To).HasConversion<string>().HasMaxLength(32);
        b.Property(h => h.Reason).HasMaxLength(500);
    }
}

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> b)
    {
        b.ToTable("carts");
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasMany(c => c.Lines).WithOne().HasForeignKey("CartId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> b)
    {
        b.ToTable("cart_lines");
        b.Property(l => l.SkuCode).HasMaxLength(64);
    }
}
