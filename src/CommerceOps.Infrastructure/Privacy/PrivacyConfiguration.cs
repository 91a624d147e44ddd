using CommerceOps.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Privacy;

internal sealed class PrivacyPurposeConfiguration : IEntityTypeConfiguration<PrivacyPurpose>
{
    public void Configure(EntityTypeBuilder<PrivacyPurpose> b)
    {
        b.ToTable("privacy_purposes");
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Code).HasMaxLength(PrivacyPurpose.MaxCodeLength);
        b.Property(p => p.Description).HasMaxLength(PrivacyPurpose.MaxDescriptionLength);
        b.Property(p => p.LegalBasis).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Retention).HasMaxLength(200);
        b.Property(p => p.ChangedBy).HasMaxLength(256);
        b.Ignore(p => p.NeedsConsent);
    }
}

internal sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> b)
    {
        b.ToTable("privacy_requests");
        b.HasIndex(r => r.Number).IsUnique();
        b.HasIndex(r => new { r.Status, r.DueAt });
        b.HasIndex(r => r.CustomerCode);
        b.Property(r => r.Number).HasMaxLength(40);
        b.Property(r => r.CustomerCode).HasMaxLength(64);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Details).HasMaxLength(DataSubjectRequest.MaxNoteLength);
        b.Ignore(r => r.IsOpen);
        b.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DataSubjectRequestEntryConfiguration : IEntityTypeConfiguration<DataSubjectRequestEntry>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequestEntry> b)
    {
        b.ToTable("privacy_request_entries");
        b.Property(e => e.Actor).HasMaxLength(256);
        b.Property(e => e.Action).HasMaxLength(32);
        b.Property(e => e.Note).HasMaxLength(DataSubjectRequest.MaxNoteLength);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    /// <summary>When the seeded calendar was published (the State Council notice of 4 November 2025).</summary>
    private static readonly DateTimeOffset Published2026 = new(2025, 11, 3, 16, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.ToTable("privacy_calendar_days");
        // The date is the key: one entry per day, and no identity sequence for the seeded rows to collide with.
        b.HasKey(d => d.Date);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Name).HasMaxLength(CalendarDay.MaxNameLength);
        b.Property(d => d.ChangedBy).HasMaxLength(256);
        b.HasData(OfficialHolidays.China2026.Select(d => new
        {
            d.Date,
            d.Kind,
            d.Name,
            ChangedBy = "国务院办公厅 2025-11-04",
            ChangedAt = Published2026,
        }));
    }
}
