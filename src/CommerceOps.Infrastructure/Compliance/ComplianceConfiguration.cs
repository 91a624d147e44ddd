using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Compliance;

internal sealed class WordListVersionConfiguration : IEntityTypeConfiguration<WordListVersion>
{
    public void Configure(EntityTypeBuilder<WordListVersion> b)
    {
        b.ToTable("compliance_word_list_versions");
        b.HasIndex(v => v.Number).IsUnique();
        b.Property(v => v.PublishedBy).HasMaxLength(256);
        b.Property(v => v.Note).HasMaxLength(500);
        b.HasMany(v => v.Terms).WithOne().HasForeignKey(t => t.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(v => v.Terms).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class WordListTermConfiguration : IEntityTypeConfiguration<WordListTerm>
{
    public void Configure(EntityTypeBuilder<WordListTerm> b)
    {
        b.ToTable("compliance_word_list_terms");
        b.Property(t => t.Term).HasMaxLength(WordListEdit.MaxTermLength);
        b.Property(t => t.Kind).HasMaxLength(40);
        b.Property(t => t.Categories).HasMaxLength(300);
    }
}
