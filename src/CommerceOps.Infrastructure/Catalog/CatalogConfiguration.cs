using CommerceOps.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Catalog;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.ToTable("categories");
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Code).HasMaxLength(100);
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.NameEn).HasMaxLength(100);
        b.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> b)
    {
        b.ToTable("brands");
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Owner).HasMaxLength(200);
        b.Property(x => x.TrademarkNumber).HasMaxLength(64);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("products");
        b.Ignore(p => p.DomainEvents);
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.Subtitle).HasMaxLength(300);
        b.Property(p => p.Attributes).HasConversion(JsonValueConverters.Dictionary, JsonValueConverters.DictionaryComparer);
        b.Property(p => p.Ingredients).HasConversion(JsonValueConverters.List, JsonValueConverters.ListComparer);
        b.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Brand>().WithMany().HasForeignKey(p => p.BrandId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Skus).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Skus).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(p => p.IsPublished);
    }
}

internal sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> b)
    {
        b.ToTable("skus");
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.Code).HasMaxLength(64);
        b.Property(s => s.Specification).HasMaxLength(200);
        b.Property(s => s.Price).HasPrecision(18, 2);
        b.Property(s => s.Currency).HasMaxLength(3);
        b.Ignore(s => s.UnitPrice);
        b.HasMany(s => s.PriceHistory).WithOne().HasForeignKey(p => p.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.PriceHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PriceChangeConfiguration : IEntityTypeConfiguration<PriceChange>
{
    public void Configure(EntityTypeBuilder<PriceChange> b)
    {
        b.ToTable("sku_price_history");
        b.Property(p => p.OldPrice).HasPrecision(18, 2);
        b.Property(p => p.NewPrice).HasPrecision(18, 2);
        b.HasIndex(p => new { p.SkuId, p.ChangedAt });
    }
}
