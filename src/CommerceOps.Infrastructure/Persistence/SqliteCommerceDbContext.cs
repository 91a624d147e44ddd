using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommerceOps.Infrastructure.Persistence;

public sealed class SqliteCommerceDbContext(DbContextOptions<SqliteCommerceDbContext> options) : CommerceDbContext(options)
{
    public override bool IsSqlite => true;

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite has no timestamp type; storing UTC ticks keeps ordering and range filters in SQL.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
