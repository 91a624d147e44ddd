using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Service;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> b)
    {
        b.ToTable("knowledge_articles");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Title).HasMaxLength(KnowledgeArticle.MaxTitleLength);
        b.Property(a => a.Problem).HasMaxLength(KnowledgeArticle.MaxTextLength);
        b.Property(a => a.Solution).HasMaxLength(KnowledgeArticle.MaxTextLength);
        b.Property(a => a.TicketReference).HasMaxLength(64);
        b.Property(a => a.Tags).HasConversion(JsonValueConverters.List, JsonValueConverters.ListComparer);
        b.Ignore(a => a.Usefulness);
        b.HasIndex(a => a.Kind);
    }
}
