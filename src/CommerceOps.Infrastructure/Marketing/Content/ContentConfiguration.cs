using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Marketing.Content;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> b)
    {
        b.ToTable("content_items");
        b.Ignore(c => c.DomainEvents);
        b.Ignore(c => c.IsLiveStream);
        b.HasIndex(c => new { c.Type, c.PublishedAt });
        b.Property(c => c.Type).HasMaxLength(32);
        b.Property(c => c.Title).HasMaxLength(ContentItem.MaxTitleLength);
        b.Property(c => c.Channel).HasMaxLength(32);
        b.Property(c => c.Skus).HasConversion(JsonValueConverters.List, JsonValueConverters.ListComparer);
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("private_domain_members");
        b.Ignore(m => m.DomainEvents);
        b.Ignore(m => m.IsActive);
        b.HasIndex(m => new { m.CustomerId, m.Channel });
        b.HasIndex(m => new { m.Channel, m.LeftAt });
        b.Property(m => m.Channel).HasMaxLength(32);
        b.Property(m => m.Source).HasMaxLength(Member.MaxSourceLength);
        b.HasOne<Customer>().WithMany().HasForeignKey(m => m.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
