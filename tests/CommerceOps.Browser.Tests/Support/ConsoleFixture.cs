using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// The real server on 127.0.0.1 over a demo store that the CLI generated into a temp data directory, and Debian's
/// chromium driven by Playwright (never a downloaded browser). The expected numbers are read from the DuckDB file
/// before the server takes it, and computed here in C#, not with the console's SQL.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "commerceops-browser-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string? SkipReason { get; private set; }
    public Uri Address => Server.Address;
    public ServerProcess Server => _server ?? throw new InvalidOperationException(SkipReason);
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(SkipReason);
    public IReadOnlyList<AccessSeeder.DemoLogin> Logins { get; private set; } = [];

    /// <summary>GMV (orders not cancelled) per Asia/Shanghai day of the generated store.</summary>
    public IReadOnlyDictionary<DateOnly, decimal> GmvByDay { get; private set; } = new Dictionary<DateOnly, decimal>();

    /// <summary>The default funnel computed from the raw events of the generated store.</summary>
    public DemoFunnel Funnel { get; private set; } = new([]);

    /// <summary>Content attribution of the demo store, computed from the raw touches and orders (not the console's SQL).</summary>
    public DemoContentAttribution Content { get; private set; } = new([], []);

    /// <summary>Every order of a known customer: customer id, placed at (Unix seconds), cancelled or not.</summary>
    public IReadOnlyList<(string Customer, long PlacedAt, bool Cancelled)> CustomerOrders { get; private set; } = [];
    /// <summary>The inventory page's default ABC figures, computed from the raw order lines.</summary>
    public ExpectedClasses Classes { get; private set; } = new(default, default, 0, 0, []);
    /// <summary>The refunds of the generated store's returns, as fact_refunds holds them.</summary>
    public DemoRefunds Refunds { get; private set; } = new(0, 0m);

    /// <summary>Units on hand in supplier cloud warehouses of the generated store (the suppliers page's virtual stock).</summary>
    public int VirtualUnits { get; private set; }

    /// <summary>Known numbers of the pre-sales and demand pages.</summary>
    public DemoSelectionNumbers Selection { get; private set; } = new(0, 0, default, 0);

    public ExpectedServiceKpis ServiceKpis { get; private set; } = new(0, 0);
    /// <summary>Published demo listings of the brand whose authorisation expired, counted before the server starts.</summary>
    public int UnauthorisedDemoListings { get; private set; }
    public ExpectedPrivacy Privacy { get; private set; } = new(0, 0);

    public DemoPromotionFacts Promotions { get; private set; } = new("", 0m, [], []);

    public AccessSeeder.DemoLogin Login(string role) => Logins.Single(l => l.Role == role);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"{ChromiumPath} is missing in CI; .ci/run installs the chromium package.");
            SkipReason = $"Browser tests need Debian's chromium at {ChromiumPath} (apt-get install -y chromium fonts-wqy-microhei).";
            return;
        }
        await RunCliAsync("generate", "--scale", "demo");
        await RunCliAsync("alerts", "check"); // the demo's planted payment incident opens a red alert
        // Promises come from imported history only; a few Olist orders give the logistics page something to show.
        var sample = Path.Combine(_dataDir, "promise-sample");
        PromiseSample.Write(sample);
        await RunCliAsync("import", "olist", sample);
        var analyticsPath = StorageOptions.Resolve(_dataDir, null).AnalyticsPath;
        GmvByDay = ReadGmvByDay(analyticsPath);
        CustomerOrders = ReadCustomerOrders(analyticsPath); // after the Olist import: its customers count too
        Classes = ExpectedClasses.Read(analyticsPath);
        ServiceKpis = ExpectedServiceKpis.Read(StorageOptions.Resolve(_dataDir, null).SqlitePath);
        UnauthorisedDemoListings = ExpectedBrandRights.ReadUnauthorisedListings(StorageOptions.Resolve(_dataDir, null).SqlitePath);
        Privacy = ExpectedPrivacy.Read(StorageOptions.Resolve(_dataDir, null).SqlitePath);
        Promotions = DemoPromotionFacts.Read(StorageOptions.Resolve(_dataDir, null).SqlitePath);
        Funnel = DemoFunnel.Read(analyticsPath);
        Content = DemoContentAttribution.Read(analyticsPath);
        VirtualUnits = await SupplierStock.ReadVirtualUnitsAsync(_dataDir);
        Refunds = DemoRefunds.Read(analyticsPath);
        Selection = DemoSelectionNumbers.Read(StorageOptions.Resolve(_dataDir, null).SqlitePath, analyticsPath, DateTimeOffset.UtcNow);
        _server = await ServerProcess.StartAsync(_dataDir);
        var credentials = JsonSerializer.Deserialize<AccessSeeder.DemoCredentials>(
            await File.ReadAllTextAsync(Path.Combine(_dataDir, AccessSeeder.CredentialsFileName)))!;
        Logins = credentials.Users;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Skips the calling test when chromium is not installed here (outside CI).</summary>
    public void RequireBrowser()
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
    }

    /// <summary>A fresh browser context (own cookies) with a page signed in as <paramref name="role"/>.</summary>
    public async Task<IPage> SignedInPageAsync(string role)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("login");
        await SignInAsync(page, Login(role));
        return page;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), AcceptDownloads = true });
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, AccessSeeder.DemoLogin login)
    {
        await page.GetByLabel("邮箱").FillAsync(login.Email);
        await page.GetByLabel("密码").FillAsync(login.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    private async Task RunCliAsync(params string[] command)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[CliDll, "--data", _dataDir, .. command]) info.ArgumentList.Add(arg);
        info.Environment.Remove("ConnectionStrings__Commerce");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{command[0]} exited with {process.ExitCode}: {await output}{await error}");
    }

    private static Dictionary<DateOnly, decimal> ReadGmvByDay(string analyticsPath)
    {
        using var connection = new DuckDBConnection($"Data Source={analyticsPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        // Epoch seconds, so the day is worked out here and not by DuckDB's session time zone.
        command.CommandText = "SELECT CAST(epoch(placed_at) AS BIGINT), total FROM fact_orders WHERE cancelled_at IS NULL";
        using var reader = command.ExecuteReader();
        var gmv = new Dictionary<DateOnly, decimal>();
        while (reader.Read())
        {
            var day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(0)).ToOffset(Shanghai).DateTime);
            gmv[day] = gmv.GetValueOrDefault(day) + reader.GetDecimal(1);
        }
        return gmv;
    }

    private static List<(string, long, bool)> ReadCustomerOrders(string analyticsPath)
    {
        using var connection = new DuckDBConnection($"Data Source={analyticsPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT customer_code, CAST(epoch(placed_at) AS BIGINT), status FROM fact_orders WHERE customer_code IS NOT NULL";
        using var reader = command.ExecuteReader();
        var orders = new List<(string, long, bool)>();
        while (reader.Read()) orders.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2) == "cancelled"));
        return orders;
    }

    /// <summary>RFM customers as of a Beijing date: a customer id and a non-cancelled order before that day's 00:00.</summary>
    public int ExpectedRfmCustomers(string shanghaiDay)
    {
        var cutoff = new DateTimeOffset(DateOnly.ParseExact(shanghaiDay, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), Shanghai).ToUnixTimeSeconds();
        return CustomerOrders.Where(o => !o.Cancelled && o.PlacedAt < cutoff).Select(o => o.Customer).Distinct(StringComparer.Ordinal).Count();
    }

    public decimal ExpectedGmv(string shanghaiDay) =>
        GmvByDay.GetValueOrDefault(DateOnly.ParseExact(shanghaiDay, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string CliDll
    {
        get
        {
            var configuration = typeof(ConsoleFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CommerceOps.slnx"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
            return Path.Combine(dir.FullName, "src", "CommerceOps.Cli", "bin", configuration, "net10.0", "commerceops.dll");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
