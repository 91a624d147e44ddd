using CommerceOps.Domain.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceOps.Infrastructure.Compliance;

internal sealed class ReturnPolicyEntryConfiguration : IEntityTypeConfiguration<ReturnPolicyEntry>
{
    public void Configure(EntityTypeBuilder<ReturnPolicyEntry> b)
    {
        b.ToTable("compliance_return_policies");
        b.HasIndex(p => new { p.Scope, p.Key }).IsUnique();
        b.Property(p => p.Scope).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Key).HasMaxLength(ReturnPolicyEntry.MaxKeyLength);
        b.Property(p => p.Exclusion).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.Explanation).HasMaxLength(ReturnPolicyEntry.MaxExplanationLength);
        b.Property(p => p.SetBy).HasMaxLength(256);
        b.Ignore(p => p.Policy);
    }
}
