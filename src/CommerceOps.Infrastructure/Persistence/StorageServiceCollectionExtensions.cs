using CommerceOps.Infrastructure.Analytics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Infrastructure.Persistence;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the commerce store on SQLite (embedded default) or PostgreSQL, and the unit of work.</summary>
    public static IServiceCollection AddCommerceStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new WriteGate(serialize: !options.UsesPostgres));
        if (options.UsesPostgres)
        {
            services.AddDbContextPool<CommerceDbContext, PostgresCommerceDbContext>(o => ConfigurePostgres(o, options.PostgresConnectionString!));
        }
        else
        {
            services.AddDbContextPool<CommerceDbContext, SqliteCommerceDbContext>(o => ConfigureSqlite(o, options.SqliteConnectionString));
        }
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<UnitOfWork>();
        return services;
    }

    /// <summary>A context on the store the options name, outside dependency injection (CLI, tests).</summary>
    public static CommerceDbContext CreateContext(StorageOptions storage)
    {
        if (storage.UsesPostgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresCommerceDbContext>();
            ConfigurePostgres(postgres, storage.PostgresConnectionString!);
            return new PostgresCommerceDbContext(postgres.Options);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteCommerceDbContext>();
        ConfigureSqlite(sqlite, storage.SqliteConnectionString);
        return new SqliteCommerceDbContext(sqlite.Options);
    }

#pragma warning disable EF1001 // ISqliteRelationalConnection is the provider's service to replace; see SqliteKeptOpenConnection
    public static void ConfigureSqlite(DbContextOptionsBuilder o, string connectionString) =>
        o.UseSqlite(connectionString, s => s.MigrationsHistoryTable("__ef_migrations"))
            .UseSnakeCaseNamingConvention()
            .ReplaceService<ISqliteRelationalConnection, SqliteKeptOpenConnection>()
            .AddInterceptors(SqliteSettings, SqliteStatementCache.Instance, CommitInterceptor.Instance);
#pragma warning restore EF1001

    private static readonly SqliteConnectionSettings SqliteSettings = new();

    public static void ConfigurePostgres(DbContextOptionsBuilder o, string connectionString) =>
        o.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString), s => s.MigrationsHistoryTable("__ef_migrations"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(CommitInterceptor.Instance);

    /// <summary>Applies migrations; on SQLite also switches the file to WAL (a setting kept in the file) so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(this CommerceDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.IsSqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
