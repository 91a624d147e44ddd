using System.Text.Json;
using CommerceOps.Domain.Marketing.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Marketing;

internal sealed class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> b)
    {
        b.ToTable("promotions");
        b.Ignore(p => p.DomainEvents);
        b.HasIndex(p => p.Code).IsUnique();
        b.HasIndex(p => p.Status);
        b.Property(p => p.Code).HasMaxLength(PromotionRulesValidator.MaxCodeLength);
        b.Property(p => p.Name).HasMaxLength(PromotionRulesValidator.MaxNameLength);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Version).IsConcurrencyToken();
        // The rules are one JSON document: the strategies differ in shape, and they are read as a whole into the cache.
        b.Property(p => p.Rules).HasConversion(
            r => JsonSerializer.Serialize(r, PromotionJson.Options),
            s => JsonSerializer.Deserialize<PromotionRules>(s, PromotionJson.Options)!,
            new ValueComparer<PromotionRules>(
                (x, y) => JsonSerializer.Serialize(x, PromotionJson.Options) == JsonSerializer.Serialize(y, PromotionJson.Options),
                r => JsonSerializer.Serialize(r, PromotionJson.Options).GetHashCode(),
                r => JsonSerializer.Deserialize<PromotionRules>(JsonSerializer.Serialize(r, PromotionJson.Options), PromotionJson.Options)!));
    }
}

internal sealed class PromotionCounterConfiguration : IEntityTypeConfiguration<PromotionCounter>
{
    public void Configure(EntityTypeBuilder<PromotionCounter> b)
    {
        b.ToTable("promotion_counters", t => t.HasCheckConstraint("ck_promotion_counters_within_budget", "spent_fen <= budget_fen"));
        b.HasKey(c => c.PromotionId);
        b.Property(c => c.PromotionId).ValueGeneratedNever();
        b.HasOne<Promotion>().WithOne().HasForeignKey<PromotionCounter>(c => c.PromotionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PromotionCustomerUseConfiguration : IEntityTypeConfiguration<PromotionCustomerUse>
{
    public void Configure(EntityTypeBuilder<PromotionCustomerUse> b)
    {
        b.ToTable("promotion_customer_uses");
        b.HasKey(u => new { u.PromotionId, u.CustomerId });
        b.HasIndex(u => u.CustomerId);
        b.HasOne<Promotion>().WithMany().HasForeignKey(u => u.PromotionId).OnDelete(DeleteBehavior.Cascade);
    }
}
