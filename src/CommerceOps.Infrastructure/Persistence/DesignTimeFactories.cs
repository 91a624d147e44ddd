using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommerceOps.Infrastructure.Persistence;

// Used only by `dotnet ef migrations add`; each provider keeps its own migrations folder.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCommerceDbContext>
{
    public SqliteCommerceDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteCommerceDbContext>();
        StorageServiceCollectionExtensions.ConfigureSqlite(o, "Data Source=design.db");
        return new SqliteCommerceDbContext(o.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCommerceDbContext>
{
    public PostgresCommerceDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresCommerceDbContext>();
        StorageServiceCollectionExtensions.ConfigurePostgres(o, "Host=localhost;Database=commerceops_design");
        return new PostgresCommerceDbContext(o.Options);
    }
}
