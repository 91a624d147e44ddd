using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommerceOps.Infrastructure.Persistence;

public sealed class PostgresCommerceDbContext(DbContextOptions<PostgresCommerceDbContext> options) : CommerceDbContext(options)
{
    public override bool IsSqlite => false;

    /// <summary>
    /// timestamptz only takes UTC from Npgsql; a time a caller sent with its own offset (+08:00) is the same instant,
    /// so it is stored as UTC rather than refused. SQLite keeps the offset in its binary form.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        base.ConfigureConventions(builder);
        builder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
