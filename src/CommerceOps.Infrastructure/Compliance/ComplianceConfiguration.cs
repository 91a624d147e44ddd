using CommerceOps.Domain.Compliance;
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

internal sealed class CampaignRuleConfiguration : IEntityTypeConfiguration<CampaignRule>
{
    public void Configure(EntityTypeBuilder<CampaignRule> b)
    {
        b.ToTable("compliance_campaign_rules");
        b.HasIndex(r => r.Code).IsUnique();
        b.Property(r => r.Code).HasMaxLength(CampaignRule.MaxCodeLength);
        b.Property(r => r.Title).HasMaxLength(CampaignRule.MaxTitleLength);
        b.Property(r => r.Body).HasMaxLength(CampaignRule.MaxBodyLength);
        b.Property(r => r.PublishedBy).HasMaxLength(256);
    }
}
