using CommerceOps.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Payments;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("payments");
        b.Ignore(p => p.DomainEvents);
        b.HasIndex(p => p.OrderId);
        b.Property(p => p.OrderNumber).HasMaxLength(64);
        b.Property(p => p.Method).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Amount).HasPrecision(18, 2);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.ProviderReference).HasMaxLength(128);
        b.Property(p => p.FailureReason).HasMaxLength(200);
    }
}
