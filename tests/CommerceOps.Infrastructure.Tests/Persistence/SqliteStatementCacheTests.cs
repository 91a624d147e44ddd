using System.Data.Common;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommerceOps.Infrastructure.Tests.Persistence;

/// <summary>
/// On SQLite each SQL text is compiled once per connection and the pooled context's connection stays open between
/// leases, as in the server (<c>AddDbContextPool</c>). What SQLite itself holds is read with <c>sqlite3_next_stmt</c>.
/// </summary>
public sealed class SqliteStatementCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_query_is_compiled_once_and_its_statement_serves_the_next_lease_with_new_values()
    {
        await using var store = await TestStore.CreateAsync();
        var pool = Pool(store);
        DbConnection first;
        await using (var db = await pool.CreateDbContextAsync(Ct))
        {
            Assert.Equal([42], await db.Database.SqlQuery<int>($"SELECT {41} + 1 AS \"Value\"").ToListAsync(Ct));
            first = db.Database.GetDbConnection();
        }

        Assert.Equal(System.Data.ConnectionState.Open, first.State);
        Assert.Single(Compiled(first), sql => sql.Contains("+ 1 AS \"Value\"", StringComparison.Ordinal));
        await using (var db = await pool.CreateDbContextAsync(Ct))
        {
            Assert.Same(first, db.Database.GetDbConnection());
            Assert.Equal([8], await db.Database.SqlQuery<int>($"SELECT {7} + 1 AS \"Value\"").ToListAsync(Ct));
        }
        Assert.Single(Compiled(first), sql => sql.Contains("+ 1 AS \"Value\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_text_still_being_read_runs_on_a_statement_of_its_own()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = await Pool(store).CreateDbContextAsync(Ct);
        await db.Database.OpenConnectionAsync(Ct);
        var connection = db.Database.GetDbConnection();
        await using var outer = Select(connection, 1);
        await using var reader = await outer.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));

        await using var inner = Select(connection, 2);
        Assert.Equal(2L, await inner.ExecuteScalarAsync(Ct));
        Assert.Equal(1L, reader.GetInt64(0));
        await using var again = Select(connection, 3);
        Assert.Equal(3L, await again.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task A_compiled_statement_runs_in_the_callers_transaction_and_rolls_back_with_it()
    {
        await using var store = await TestStore.CreateAsync();
        var pool = Pool(store);
        await using (var db = await pool.CreateDbContextAsync(Ct))
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE notes (n INTEGER NOT NULL)", Ct);
            await db.Database.ExecuteSqlAsync($"INSERT INTO notes (n) VALUES ({1})", Ct);
            await using (var tx = await db.Database.BeginTransactionAsync(Ct))
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO notes (n) VALUES ({2})", Ct);
                await tx.RollbackAsync(Ct);
            }
            // A lease that ends inside a transaction leaves nothing behind for the next lease of the open connection.
            await db.Database.BeginTransactionAsync(Ct);
            await db.Database.ExecuteSqlAsync($"INSERT INTO notes (n) VALUES ({3})", Ct);
        }

        await using (var db = await pool.CreateDbContextAsync(Ct))
        {
            Assert.Null(db.Database.CurrentTransaction);
            Assert.Equal([1], await db.Database.SqlQueryRaw<int>("SELECT n AS \"Value\" FROM notes").ToListAsync(Ct));
        }
        await using var other = TestStore.OpenContext(store.Options);
        Assert.Equal([1], await other.Database.SqlQueryRaw<int>("SELECT n AS \"Value\" FROM notes").ToListAsync(Ct));
    }

    [Fact]
    public async Task A_script_whose_later_statement_needs_an_earlier_one_runs_uncompiled()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = await Pool(store).CreateDbContextAsync(Ct);

        await db.Database.ExecuteSqlRawAsync("CREATE TABLE tags (t TEXT NOT NULL); INSERT INTO tags (t) VALUES ('a'), ('b');", Ct);

        Assert.Equal([2], await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM tags").ToListAsync(Ct));
        Assert.DoesNotContain(Compiled(db.Database.GetDbConnection()), sql => sql.Contains("CREATE TABLE tags", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_connection_closed_by_its_owner_drops_its_statements_and_compiles_again_when_reopened()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = await Pool(store).CreateDbContextAsync(Ct);
        Assert.Equal([5], await db.Database.SqlQuery<int>($"SELECT {4} + 1 AS \"Value\"").ToListAsync(Ct));
        var connection = db.Database.GetDbConnection();

        await connection.CloseAsync();
        await connection.OpenAsync(Ct);
        StatementTracking.Enable(connection);
        Assert.Empty(Compiled(connection));

        Assert.Equal([10], await db.Database.SqlQuery<int>($"SELECT {9} + 1 AS \"Value\"").ToListAsync(Ct));
        Assert.Single(Compiled(connection), sql => sql.Contains("+ 1 AS \"Value\"", StringComparison.Ordinal));
    }

    /// <summary>Contexts pooled the way the server pools them.</summary>
    private static PooledDbContextFactory<SqliteCommerceDbContext> Pool(TestStore store)
    {
        var options = new DbContextOptionsBuilder<SqliteCommerceDbContext>();
        StorageServiceCollectionExtensions.ConfigureSqlite(options, store.Options.SqliteConnectionString);
        options.AddInterceptors(new StatementTracking());
        return new PooledDbContextFactory<SqliteCommerceDbContext>(options.Options);
    }

    private static DbCommand Select(DbConnection connection, long value)
    {
        var command = SqliteStatementCache.CreateCommand(connection);
        command.CommandText = "SELECT @v";
        command.AddParameter("@v", value);
        return command;
    }

    /// <summary>SQLitePCL lists a connection's statements only when asked to track them as soon as it opens.</summary>
    private sealed class StatementTracking : DbConnectionInterceptor
    {
        public static void Enable(DbConnection connection) => ((SqliteConnection)connection).Handle!.enable_sqlite3_next_stmt(true);

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Enable(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Enable(connection);
            return Task.CompletedTask;
        }
    }

    /// <summary>The SQL of every statement SQLite holds compiled on the connection.</summary>
    private static List<string> Compiled(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle;
        var texts = new List<string>();
        for (var stmt = SQLitePCL.raw.sqlite3_next_stmt(handle, null); stmt is not null && !stmt.IsInvalid; stmt = SQLitePCL.raw.sqlite3_next_stmt(handle, stmt))
            texts.Add(SQLitePCL.raw.sqlite3_sql(stmt).utf8_to_string());
        return texts;
    }
}
