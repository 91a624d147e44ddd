using CommerceOps.Domain.Alerts.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Alerts;

internal sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> b)
    {
        b.ToTable("alert_rules");
        b.Ignore(r => r.Thresholds);
        b.Ignore(r => r.AlertKey);
        b.Property(r => r.Name).HasMaxLength(AlertRule.MaxNameLength);
        b.Property(r => r.Step).HasMaxLength(32);
        b.Property(r => r.Metric).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.LastStatus).HasConversion<string>().HasMaxLength(32);
    }
}
