using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CommerceOps.Api.Tests.Support;

/// <summary>
/// A real server (in-memory HTTP via WebApplicationFactory) on a fresh store: a SQLite file in a temp data
/// directory, or a new PostgreSQL database on the server named by COMMERCEOPS_TEST_POSTGRES.
/// Tests create their own SKUs and customers, so tests sharing a fixture never depend on each other.
/// </summary>
public abstract class ApiFixture(StoreKind kind) : IAsyncLifetime
{
    public const string Password = "Test-password-123";
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "commerceops-api-" + Guid.NewGuid().ToString("N"));
    private string? _postgresDatabase;
    private string? _skipReason;
    private WebApplicationFactory<Program>? _factory;
    private int _counter;

    public StoreKind Kind => kind;
    public string ApiKey { get; private set; } = "";
    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException(_skipReason);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask InitializeAsync()
    {
        string? connectionString = null;
        if (kind == StoreKind.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("COMMERCEOPS_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(server))
            {
                // CI always provides PostgreSQL; on a developer machine without it the PostgreSQL half is skipped.
                if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException("COMMERCEOPS_TEST_POSTGRES is not set in CI.");
                _skipReason = "PostgreSQL tests need COMMERCEOPS_TEST_POSTGRES (a connection string); scripts/start-postgres.sh prints one.";
                return;
            }
            _postgresDatabase = "co_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase}", admin);
                await create.ExecuteNonQueryAsync();
            }
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase, MaxPoolSize = 50 }.ConnectionString;
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Data", _dataDir);
            b.UseSetting("Seed:Demo", "false");
            if (connectionString is not null) b.UseSetting("ConnectionStrings:Commerce", connectionString);
        });
        _ = _factory.Server; // starts the host: migrations and roles
        await using var scope = _factory.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccessSeeder>();
        ApiKey = await seeder.CreateApiClientAsync("test storefront", CancellationToken.None);
        foreach (var role in Roles.ConsoleRoles) await seeder.CreateUserAsync($"{role}@test.local", Password, role, role);
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        if (db.IsSqlite != (kind == StoreKind.Sqlite)) throw new InvalidOperationException($"The server did not start on {kind}.");
        db.Categories.Add(new Category("outdoor", "户外露营", "Outdoor & camping"));
        db.Warehouses.Add(new Warehouse("SH-OWN", "上海自营仓", WarehouseKind.Own, "上海市", "上海市"));
        db.Warehouses.Add(new Warehouse("GZ-SUP", "广州供应商云仓", WarehouseKind.SupplierCloud, "广东省", "广州市", "露营装备供应商"));
        await db.SaveChangesAsync();
    }

    /// <summary>Skips the calling test when its store is not available here (PostgreSQL outside CI).</summary>
    public void RequireStore()
    {
        if (_skipReason is not null) Assert.Skip(_skipReason);
    }

    public HttpClient Storefront()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public async Task<HttpClient> StaffAsync(string role)
    {
        var client = Factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"{role}@test.local", password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A published product with one SKU and <paramref name="stock"/> units in the own warehouse.</summary>
    public async Task<(long ProductId, string Sku)> CreateProductAsync(string title, decimal price, int stock, string warehouse = "SH-OWN", string category = "outdoor")
    {
        var sku = $"SKU-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var now = DateTimeOffset.UtcNow;
        var categoryRow = await db.Categories.SingleOrDefaultAsync(c => c.Code == category);
        if (categoryRow is null)
        {
            db.Categories.Add(categoryRow = new Category(category, category, category));
            await db.SaveChangesAsync();
        }
        var product = new Product(title, categoryRow.Id, now, "轻量化设计，适合周末露营。");
        product.Describe("三季帐篷", "轻量化设计，适合周末露营。", new Dictionary<string, string> { ["weight"] = "1.2kg" }, ["涤纶", "铝合金"]);
        product.AddSku(sku, "标准款", Money.Cny(price), now);
        product.Publish();
        db.Products.Add(product);
        await db.SaveChangesAsync();
        var w = await db.Warehouses.SingleAsync(x => x.Code == warehouse);
        var item = new StockItem(product.Skus[0].Id, sku, w.Id, w.Code);
        if (stock > 0) item.Receive(stock, "test", now);
        db.StockItems.Add(item);
        db.StockMovements.AddRange(item.NewMovements);
        await db.SaveChangesAsync();
        var index = scope.ServiceProvider.GetRequiredService<CommerceOps.Infrastructure.Catalog.ProductSearchIndex>();
        index.Upsert(CommerceOps.Infrastructure.Catalog.CatalogService.ToDocument(product, categoryRow.Name, null));
        return (product.Id, sku);
    }

    public async Task<string> CreateCustomerAsync()
    {
        var code = $"C{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..8]}";
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var customer = new Customer(code, "王小明", Channels.Organic, DateTimeOffset.UtcNow, "13812345678");
        customer.AddAddress(PostalAddress.Create("王小明", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 100 号"));
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return code;
    }

    /// <summary>
    /// An order of <paramref name="quantity"/> units bought by a new customer, paid (quick pay; a cash-on-delivery order
    /// has nothing to pay), shipped and delivered; returns its number and the customer's code.
    /// </summary>
    public async Task<(string Number, string Customer)> DeliveredOrderAsync(string sku, int quantity = 1, string paymentMethod = "quick_pay")
    {
        var customer = await CreateCustomerAsync();
        var api = Storefront();
        var placed = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku, quantity, paymentMethod));
        var number = (await placed.JsonAsync()).GetProperty("number").GetString()!;
        if (paymentMethod == "quick_pay")
            (await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok_delivered" })).EnsureSuccessStatusCode();
        var operations = await StaffAsync("operations");
        (await operations.PostJsonAsync($"/api/v1/orders/{number}/shipments", new { carrier = "SF", trackingNumber = "SF" + Guid.NewGuid().ToString("N")[..10] })).EnsureSuccessStatusCode();
        (await operations.PostJsonAsync($"/api/v1/orders/{number}/delivered", new { })).EnsureSuccessStatusCode();
        return (number, customer);
    }

    public async Task<T> QueryAsync<T>(Func<CommerceDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CommerceDbContext>());
    }

    /// <summary>Stops the server now and lets any failure to stop escape, for tests of clean shutdown.</summary>
    public async Task StopServerAsync()
    {
        var factory = Factory;
        _factory = null;
        await factory.DisposeAsync();
    }

    /// <summary>
    /// Stops the server, drops the PostgreSQL database and deletes the data directory. A failure here is written to
    /// standard error rather than thrown: xunit reports a throwing class fixture as a "cleanup failure" under the id
    /// of the class's last test, which makes the TRX report writer crash and hides the message. Clean shutdown itself
    /// is asserted by <c>ShutdownTests</c>.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await CleanUpAsync("stop the server", async () => { if (_factory is not null) await _factory.DisposeAsync(); });
        if (_postgresDatabase is not null) await CleanUpAsync($"drop database {_postgresDatabase}", DropDatabaseAsync);
        await CleanUpAsync($"delete {_dataDir}", () => { if (Directory.Exists(_dataDir)) Directory.Delete(_dataDir, recursive: true); return Task.CompletedTask; });
        GC.SuppressFinalize(this);
    }

    private async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("COMMERCEOPS_TEST_POSTGRES"));
        await admin.OpenAsync();
        // WITH (FORCE) ends the database's sessions but gives up if they have not exited within 5 s (55006), which
        // a loaded CI machine can exceed; ask again a few times.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
            {
            }
        }
    }

    private async Task CleanUpAsync(string step, Func<Task> action)
    {
        try { await action(); }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"ApiFixture ({kind}) could not {step}: {e}");
        }
    }
}

public sealed class SqliteApiFixture() : ApiFixture(StoreKind.Sqlite);

public sealed class PostgresApiFixture() : ApiFixture(StoreKind.Postgres);
