using CommerceOps.Domain.Alerts.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Alerts;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.ToTable("webhook_subscriptions");
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Url).HasMaxLength(500);
        b.Property(s => s.Secret).HasMaxLength(200);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("webhook_deliveries");
        b.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();
        b.HasIndex(d => new { d.Status, d.NextAttemptAt });
        b.Property(d => d.EventType).HasMaxLength(100);
        b.Property(d => d.LastError).HasMaxLength(300);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookCursorConfiguration : IEntityTypeConfiguration<WebhookCursor>
{
    public void Configure(EntityTypeBuilder<WebhookCursor> b)
    {
        b.ToTable("webhook_cursor");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(32);
    }
}
