using System.Text.Json;
using CommerceOps.Domain.Marketing.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

internal sealed class StoredCampaignConfiguration : IEntityTypeConfiguration<StoredCampaign>
{
    public void Configure(EntityTypeBuilder<StoredCampaign> b)
    {
        b.ToTable("campaigns");
        b.HasIndex(c => c.Key).IsUnique();
        b.Property(c => c.Key).HasMaxLength(64);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Template).HasMaxLength(64);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Version).IsConcurrencyToken();
        // One JSON document, read and checked as a whole by the domain.
        b.Property(c => c.Spec).HasConversion(
            s => JsonSerializer.Serialize(s, PromotionJson.Options),
            s => JsonSerializer.Deserialize<CampaignSpec>(s, PromotionJson.Options)!,
            new ValueComparer<CampaignSpec>(
                (x, y) => JsonSerializer.Serialize(x, PromotionJson.Options) == JsonSerializer.Serialize(y, PromotionJson.Options),
                s => JsonSerializer.Serialize(s, PromotionJson.Options).GetHashCode(),
                s => JsonSerializer.Deserialize<CampaignSpec>(JsonSerializer.Serialize(s, PromotionJson.Options), PromotionJson.Options)!));
    }
}

internal sealed class CampaignSendConfiguration : IEntityTypeConfiguration<CampaignSend>
{
    public void Configure(EntityTypeBuilder<CampaignSend> b)
    {
        b.ToTable("campaign_sends");
        b.Ignore(s => s.IsPending);
        b.Property(s => s.CustomerCode).HasMaxLength(64);
        b.Property(s => s.Channel).HasMaxLength(16);
        b.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(24);
        b.Property(s => s.ProviderMessageId).HasMaxLength(80);
        b.Property(s => s.CouponCode).HasMaxLength(32);
        b.HasIndex(s => new { s.CampaignId, s.Outcome });
        b.HasIndex(s => new { s.CustomerId, s.Channel, s.SentAt }); // the frequency cap
        b.HasIndex(s => new { s.Outcome, s.SendAt }); // deferred sends coming due
        b.HasOne<StoredCampaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecordedMessageConfiguration : IEntityTypeConfiguration<RecordedMessage>
{
    public void Configure(EntityTypeBuilder<RecordedMessage> b)
    {
        b.ToTable("recorded_messages");
        b.Property(m => m.ProviderMessageId).HasMaxLength(80);
        b.Property(m => m.Channel).HasMaxLength(16);
        b.Property(m => m.CustomerCode).HasMaxLength(64);
        b.Property(m => m.Text).HasMaxLength(1000);
        b.HasIndex(m => m.CustomerCode);
    }
}
