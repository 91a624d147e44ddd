using CommerceOps.Domain.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Alerts;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("alerts");
        b.Ignore(a => a.DomainEvents);
        b.Ignore(a => a.IsOpen);
        b.HasIndex(a => new { a.Source, a.Key, a.Status });
        b.HasIndex(a => a.OpenedAt);
        b.Property(a => a.Source).HasMaxLength(64);
        b.Property(a => a.Key).HasMaxLength(200);
        b.Property(a => a.Title).HasMaxLength(300);
        b.Property(a => a.Link).HasMaxLength(300);
        b.Property(a => a.AcknowledgedBy).HasMaxLength(100);
        b.Property(a => a.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
    }
}
