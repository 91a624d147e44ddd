using CommerceOps.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.ToTable("customers");
        b.Ignore(c => c.DomainEvents);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Code).HasMaxLength(64);
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Phone).HasMaxLength(32);
        b.Property(c => c.Email).HasMaxLength(200);
        b.Property(c => c.RegistrationChannel).HasMaxLength(32);
        b.Property(c => c.MembershipTier).HasMaxLength(32);
        b.Property(c => c.Province).HasMaxLength(50);
        b.Property(c => c.City).HasMaxLength(50);
        b.HasMany(c => c.Addresses).WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Addresses).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Consents).WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Consents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CustomerAddressConfiguration : IEntityTypeConfiguration<CustomerAddress>
{
    public void Configure(EntityTypeBuilder<CustomerAddress> b)
    {
        b.ToTable("customer_addresses");
        b.OwnsOne(a => a.Address, PostalAddressMapping.Configure);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("consent_records");
        b.Property(c => c.Purpose).HasMaxLength(64);
        b.Property(c => c.Channel).HasMaxLength(32);
        b.Property(c => c.Source).HasMaxLength(64);
        b.HasIndex(c => new { c.CustomerId, c.Purpose, c.Channel });
        b.HasIndex(c => new { c.Purpose, c.Channel });
    }
}

/// <summary>One column layout for a postal address wherever it is owned (address book, order).</summary>
internal static class PostalAddressMapping
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, PostalAddress> a) where TOwner : class
    {
        a.Property(x => x.Recipient).HasColumnName("recipient").HasMaxLength(200);
        a.Property(x => x.Phone).HasColumnName("phone").HasMaxLength(200);
        a.Property(x => x.Province).HasColumnName("province").HasMaxLength(200);
        a.Property(x => x.City).HasColumnName("city").HasMaxLength(200);
        a.Property(x => x.District).HasColumnName("district").HasMaxLength(200);
        a.Property(x => x.Line).HasColumnName("address_line").HasMaxLength(200);
    }
}
