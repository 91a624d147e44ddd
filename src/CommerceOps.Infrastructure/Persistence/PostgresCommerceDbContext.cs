using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Persistence;

public sealed class PostgresCommerceDbContext(DbContextOptions<PostgresCommerceDbContext> options) : CommerceDbContext(options)
{
    public override bool IsSqlite => false;
}
