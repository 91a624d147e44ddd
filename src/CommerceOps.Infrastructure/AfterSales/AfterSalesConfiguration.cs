using System.Text.Json;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.AfterSales.ValueAdded;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.AfterSales;

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ReturnRequest> b)
    {
        b.ToTable("return_requests");
        b.Ignore(r => r.DomainEvents);
        b.HasIndex(r => r.Number).IsUnique();
        b.HasIndex(r => r.OrderId);
        b.HasIndex(r => new { r.Status, r.ResolveBy });
        b.HasIndex(r => r.CustomerCode);
        b.Property(r => r.Number).HasMaxLength(32);
        b.Property(r => r.OrderNumber).HasMaxLength(64);
        b.Property(r => r.CustomerCode).HasMaxLength(64);
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.PaymentMethod).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Reason).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Condition).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Goods).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.RuleAction).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.RefundMethod).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Description).HasMaxLength(ReturnRequest.MaxDescriptionLength);
        b.Property(r => r.RuleId).HasMaxLength(64);
        b.Property(r => r.RefundReference).HasMaxLength(128);
        b.Property(r => r.DecidedBy).HasMaxLength(100);
        b.Property(r => r.Resolution).HasMaxLength(ReturnRequest.MaxNoteLength);
        b.Property(r => r.RefundAmount).HasPrecision(18, 2);
        b.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(r => r.RefundAccount, a =>
        {
            a.Property(x => x.Kind).HasMaxLength(16);
            a.Property(x => x.Holder).HasMaxLength(64);
            a.Property(x => x.Number).HasMaxLength(64);
        });
        b.Property<List<RuleAuditEntry>>("_ruleAudit").HasColumnName("rule_audit")
            .HasConversion(
                v => JsonSerializer.Serialize(v, AuditJson),
                v => JsonSerializer.Deserialize<List<RuleAuditEntry>>(v, AuditJson) ?? new(),
                new ValueComparer<List<RuleAuditEntry>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.Ignore(r => r.RuleAudit);
        b.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReturnRequestId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> b)
    {
        b.ToTable("return_lines");
        b.HasIndex(l => l.OrderLineId);
        b.Property(l => l.SkuCode).HasMaxLength(64);
        b.Property(l => l.ProductTitle).HasMaxLength(200);
        b.Property(l => l.CategoryCode).HasMaxLength(64);
        b.Property(l => l.RefundAmount).HasPrecision(18, 2);
    }
}

internal sealed class ReturnEvidenceConfiguration : IEntityTypeConfiguration<ReturnEvidence>
{
    public void Configure(EntityTypeBuilder<ReturnEvidence> b)
    {
        b.ToTable("return_evidence");
        b.Ignore(e => e.IsClaimed);
        b.HasIndex(e => e.Token).IsUnique();
        b.Property(e => e.Token).HasMaxLength(40);
        b.Property(e => e.FileName).HasMaxLength(200);
        b.Property(e => e.ContentType).HasMaxLength(64);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.Property(e => e.StoragePath).HasMaxLength(300);
        b.Property(e => e.HealthProofOf).HasMaxLength(64);
    }
}

internal sealed class ServiceOfferingConfiguration : IEntityTypeConfiguration<ServiceOffering>
{
    public void Configure(EntityTypeBuilder<ServiceOffering> b)
    {
        b.ToTable("service_offerings");
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(o => o.SkuCode).HasMaxLength(64);
        b.Property(o => o.CategoryPrefix).HasMaxLength(64);
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.Price).HasPrecision(18, 2);
    }
}

internal sealed class ServiceSlotConfiguration : IEntityTypeConfiguration<ServiceSlot>
{
    public void Configure(EntityTypeBuilder<ServiceSlot> b)
    {
        b.ToTable("service_slots", t => t.HasCheckConstraint("ck_service_slots_capacity", "booked >= 0 AND booked <= capacity"));
        b.HasIndex(s => new { s.Kind, s.City, s.StartsAt });
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.City).HasMaxLength(32);
    }
}

internal sealed class TechnicianConfiguration : IEntityTypeConfiguration<Technician>
{
    public void Configure(EntityTypeBuilder<Technician> b)
    {
        b.ToTable("technicians");
        b.HasIndex(t => t.Code).IsUnique();
        b.Property(t => t.Code).HasMaxLength(32);
        b.Property(t => t.Name).HasMaxLength(64);
        b.Property(t => t.City).HasMaxLength(32);
        b.Property(t => t.Kinds).HasConversion(JsonValueConverters.List, JsonValueConverters.ListComparer).HasMaxLength(200);
    }
}

internal sealed class ServiceAppointmentConfiguration : IEntityTypeConfiguration<ServiceAppointment>
{
    public void Configure(EntityTypeBuilder<ServiceAppointment> b)
    {
        b.ToTable("service_appointments");
        b.HasIndex(a => a.Number).IsUnique();
        b.HasIndex(a => a.OrderId);
        b.HasIndex(a => new { a.TechnicianCode, a.StartsAt });
        b.Property(a => a.Number).HasMaxLength(32);
        b.Property(a => a.OrderNumber).HasMaxLength(64);
        b.Property(a => a.SkuCode).HasMaxLength(64);
        b.Property(a => a.City).HasMaxLength(32);
        b.Property(a => a.TechnicianCode).HasMaxLength(32);
        b.Property(a => a.CompletionNote).HasMaxLength(ServiceAppointment.MaxNoteLength);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Price).HasPrecision(18, 2);
        b.HasOne<ServiceSlot>().WithMany().HasForeignKey(a => a.SlotId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Order>().WithMany().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
