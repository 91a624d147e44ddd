using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Selection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Selection;

internal sealed class CandidateProductConfiguration : IEntityTypeConfiguration<CandidateProduct>
{
    public void Configure(EntityTypeBuilder<CandidateProduct> b)
    {
        b.ToTable("candidate_products");
        b.Ignore(c => c.DomainEvents);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Code).HasMaxLength(32);
        b.Property(c => c.Title).HasMaxLength(CandidateProduct.MaxTitleLength);
        b.Property(c => c.Description).HasMaxLength(CandidateProduct.MaxDescriptionLength);
        b.Property(c => c.CategoryCode).HasMaxLength(100);
        b.Property(c => c.TargetPrice).HasPrecision(18, 2);
    }
}

internal sealed class CandidateVoteConfiguration : IEntityTypeConfiguration<CandidateVote>
{
    public void Configure(EntityTypeBuilder<CandidateVote> b)
    {
        b.ToTable("candidate_votes");
        b.HasIndex(v => new { v.CandidateId, v.CustomerId }).IsUnique();
        b.Property(v => v.CustomerCode).HasMaxLength(64);
        b.Property(v => v.Segment).HasMaxLength(32);
        b.HasOne<CandidateProduct>().WithMany().HasForeignKey(v => v.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Customer>().WithMany().HasForeignKey(v => v.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PreSaleCampaignConfiguration : IEntityTypeConfiguration<PreSaleCampaign>
{
    public void Configure(EntityTypeBuilder<PreSaleCampaign> b)
    {
        b.ToTable("presale_campaigns");
        b.Ignore(c => c.DomainEvents);
        b.Ignore(c => c.TargetReached);
        b.Ignore(c => c.DepositsToRefund);
        b.Ignore(c => c.Outcome);
        b.HasIndex(c => c.Code).IsUnique();
        b.HasIndex(c => new { c.Status, c.Deadline });
        b.Property(c => c.Code).HasMaxLength(32);
        b.Property(c => c.Title).HasMaxLength(PreSaleCampaign.MaxTitleLength);
        b.Property(c => c.SkuCode).HasMaxLength(64);
        b.Property(c => c.PurchaseOrderNumber).HasMaxLength(32);
        b.Property(c => c.DepositAmount).HasPrecision(18, 2);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        // Deposits and the settlement race with each other; the version makes the loser retry instead of losing a deposit.
        b.Property(c => c.DepositedQuantity).IsConcurrencyToken();
        b.HasOne<Sku>().WithMany().HasForeignKey(c => c.SkuId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CandidateProduct>().WithMany().HasForeignKey(c => c.CandidateId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(c => c.Deposits).WithOne().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Deposits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PreSaleDepositConfiguration : IEntityTypeConfiguration<PreSaleDeposit>
{
    public void Configure(EntityTypeBuilder<PreSaleDeposit> b)
    {
        b.ToTable("presale_deposits");
        b.HasIndex(d => d.Number).IsUnique();
        b.HasIndex(d => d.CustomerId);
        b.Property(d => d.Number).HasMaxLength(32);
        b.Property(d => d.CustomerCode).HasMaxLength(64);
        b.Property(d => d.Amount).HasPrecision(18, 2);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.PaymentReference).HasMaxLength(100);
        b.Property(d => d.RefundReference).HasMaxLength(100);
        b.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductReviewConfiguration : IEntityTypeConfiguration<ProductReview>
{
    public void Configure(EntityTypeBuilder<ProductReview> b)
    {
        b.ToTable("product_reviews");
        b.HasIndex(r => r.OrderLineId).IsUnique();
        b.HasIndex(r => new { r.CategoryCode, r.CreatedAt });
        b.HasIndex(r => r.SkuId);
        b.Property(r => r.CustomerCode).HasMaxLength(64);
        b.Property(r => r.OrderNumber).HasMaxLength(64);
        b.Property(r => r.SkuCode).HasMaxLength(64);
        b.Property(r => r.CategoryCode).HasMaxLength(100);
        b.Property(r => r.Text).HasMaxLength(ProductReview.MaxTextLength);
        b.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
