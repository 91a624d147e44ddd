using CommerceOps.Domain.Service.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Service;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        b.ToTable("tickets");
        b.Ignore(t => t.DomainEvents);
        b.Ignore(t => t.Reference);
        b.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Subject).HasMaxLength(Ticket.MaxSubjectLength);
        b.Property(t => t.Description).HasMaxLength(Ticket.MaxTextLength);
        b.Property(t => t.Resolution).HasMaxLength(Ticket.MaxTextLength);
        b.Property(t => t.OrderNumber).HasMaxLength(32);
        b.Property(t => t.Owner).HasMaxLength(100);
        b.Property(t => t.Handler).HasMaxLength(100);
        b.HasIndex(t => new { t.Status, t.CreatedAt });
        b.HasIndex(t => t.CustomerId);
        b.HasIndex(t => t.CreatedAt);
        b.HasMany(t => t.Entries).WithOne().HasForeignKey("TicketId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TicketEntryConfiguration : IEntityTypeConfiguration<TicketEntry>
{
    public void Configure(EntityTypeBuilder<TicketEntry> b)
    {
        b.ToTable("ticket_entries");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.Author).HasMaxLength(100);
        b.Property(e => e.Text).HasMaxLength(Ticket.MaxTextLength + 200);
        b.Property(e => e.NotifiedUser).HasMaxLength(100);
        b.HasIndex(e => e.NotifiedUser);
    }
}
