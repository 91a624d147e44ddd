using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Coupons;
using CommerceOps.Domain.Marketing.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Marketing.Coupons;

internal sealed class IssuedCouponConfiguration : IEntityTypeConfiguration<IssuedCoupon>
{
    public void Configure(EntityTypeBuilder<IssuedCoupon> b)
    {
        b.ToTable("issued_coupons");
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Code).HasMaxLength(IssuedCoupon.CodeLength);
        b.HasIndex(c => new { c.PromotionId, c.RedeemedAt });
        b.HasIndex(c => c.CustomerId);
        b.HasOne<Promotion>().WithMany().HasForeignKey(c => c.PromotionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
