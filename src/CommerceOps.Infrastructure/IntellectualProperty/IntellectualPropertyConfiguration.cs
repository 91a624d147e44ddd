using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.IntellectualProperty;

internal sealed class BrandAuthorisationConfiguration : IEntityTypeConfiguration<BrandAuthorisation>
{
    public void Configure(EntityTypeBuilder<BrandAuthorisation> b)
    {
        b.ToTable("brand_authorisations");
        b.Ignore(a => a.PartyKey);
        b.Property(a => a.DocumentNumber).HasMaxLength(100);
        b.Property(a => a.PartyKind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.PartyCode).HasMaxLength(64);
        b.Property(a => a.CategoryScope).HasMaxLength(100);
        b.Property(a => a.RegisteredBy).HasMaxLength(100);
        b.Property(a => a.Evidence).HasConversion(JsonValueConverters.List, JsonValueConverters.ListComparer);
        b.HasIndex(a => new { a.BrandId, a.DocumentNumber }).IsUnique();
        b.HasIndex(a => a.ValidTo);
        b.HasOne<Brand>().WithMany().HasForeignKey(a => a.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OriginalDesignConfiguration : IEntityTypeConfiguration<OriginalDesign>
{
    public void Configure(EntityTypeBuilder<OriginalDesign> b)
    {
        b.ToTable("original_designs");
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.Code).HasMaxLength(32);
        b.Property(d => d.Title).HasMaxLength(OriginalDesign.MaxTitleLength);
        b.Property(d => d.Owner).HasMaxLength(200);
        b.Property(d => d.Description).HasMaxLength(OriginalDesign.MaxDescriptionLength);
        b.Property(d => d.RegisteredBy).HasMaxLength(100);
        b.Property(d => d.Evidence).HasConversion(JsonValueConverters.List, JsonValueConverters.ListComparer);
        b.HasIndex(d => d.RegisteredAt);
    }
}

internal sealed class InfringementComplaintConfiguration : IEntityTypeConfiguration<InfringementComplaint>
{
    public void Configure(EntityTypeBuilder<InfringementComplaint> b)
    {
        b.ToTable("ip_complaints");
        b.Ignore(c => c.DomainEvents);
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => new { c.Status, c.ReceivedAt });
        b.Property(c => c.Number).HasMaxLength(32);
        b.Property(c => c.Complainant).HasMaxLength(200);
        b.Property(c => c.ComplainantContact).HasMaxLength(200);
        b.Property(c => c.ProductTitle).HasMaxLength(300);
        b.Property(c => c.Right).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.RightReference).HasMaxLength(200);
        b.Property(c => c.Description).HasMaxLength(InfringementComplaint.MaxTextLength);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Decision).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.DecisionReason).HasMaxLength(InfringementComplaint.MaxTextLength);
        b.Property(c => c.DecidedBy).HasMaxLength(100);
        b.Property(c => c.Evidence).HasConversion(JsonValueConverters.List, JsonValueConverters.ListComparer);
        b.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.History).WithOne().HasForeignKey("ComplaintId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ComplaintTransitionConfiguration : IEntityTypeConfiguration<ComplaintTransition>
{
    public void Configure(EntityTypeBuilder<ComplaintTransition> b)
    {
        b.ToTable("ip_complaint_transitions");
        b.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.By).HasMaxLength(100);
        b.Property(t => t.Reason).HasMaxLength(InfringementComplaint.MaxTextLength);
    }
}

internal sealed class IpEvidenceFileConfiguration : IEntityTypeConfiguration<IpEvidenceFile>
{
    public void Configure(EntityTypeBuilder<IpEvidenceFile> b)
    {
        b.ToTable("ip_evidence");
        b.HasIndex(e => e.Token).IsUnique();
        b.Property(e => e.Token).HasMaxLength(64);
        b.Property(e => e.FileName).HasMaxLength(200);
        b.Property(e => e.ContentType).HasMaxLength(64);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.Property(e => e.StoragePath).HasMaxLength(300);
        b.Property(e => e.UploadedBy).HasMaxLength(100);
    }
}
