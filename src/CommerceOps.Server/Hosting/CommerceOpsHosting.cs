using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Payments;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Catalog;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Payments;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Purchasing;
using CommerceOps.Infrastructure.Selection;
using CommerceOps.Infrastructure.Service;
using CommerceOps.Server.Alerts;
using CommerceOps.Server.AfterSales;
using CommerceOps.Server.Analytics;
using CommerceOps.Server.Catalog;
using CommerceOps.Server.Compliance;
using CommerceOps.Server.Customers;
using CommerceOps.Server.Identity;
using CommerceOps.Server.IntellectualProperty;
using CommerceOps.Server.Inventory;
using CommerceOps.Server.Logistics;
using CommerceOps.Server.Marketing;
using CommerceOps.Server.Ordering;
using CommerceOps.Server.Privacy;
using CommerceOps.Server.Purchasing;
using CommerceOps.Server.Selection;
using CommerceOps.Server.Service;
using CommerceOps.Server.WebConsole;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using CommerceOps.Server.Marketing.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace CommerceOps.Server.Hosting;

/// <summary>Service registration and the request pipeline, kept out of Program.cs so it stays a few lines.</summary>
public static class CommerceOpsHosting
{
    public static WebApplicationBuilder AddCommerceOps(this WebApplicationBuilder builder)
    {
        var storage = StorageOptions.Resolve(builder.Configuration["Data"], builder.Configuration.GetConnectionString("Commerce"),
            builder.Configuration["Analytics:MemoryLimit"]);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        // Held for the server's lifetime so CLI commands refuse instead of fighting over the DuckDB file.
        services.AddSingleton(DataDirectoryLock.Acquire(storage.DataDirectory, DataDirectoryLockInfo.ServerHolder, builder.Configuration["urls"] ?? "http://localhost:5000", TimeProvider.System));
        services.AddCommerceStorage(storage);
        // Keys that sign cookies and bearer tokens live with the data, so sign-ins survive a restart.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.DataDirectory, "keys")));

        services.AddIdentityApiEndpoints<ConsoleUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CommerceDbContext>();
        services.ConfigureApplicationCookie(o =>
        {
            // API callers get status codes; only console pages redirect to a login page.
            o.Events.OnRedirectToLogin = c => ApiAwareRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiAwareRedirect(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(EndpointAccess.ApiKeyScheme, null);
        services.AddAuthorization();

        services.AddScoped<StockLedger>();
        services.AddSingleton<WarehouseDirectory>();
        services.AddScoped<PurchasingService>();
        services.AddScoped<IAlertInbox, AlertInbox>();
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<CheckoutService>();
        services.AddSingleton<ActivePromotions>();
        services.AddScoped<CartPricer>();
        services.AddScoped<CartPreview>();
        services.AddScoped<PromotionRedemptions>();
        services.AddScoped<PromotionService>();
        services.AddCampaignsAndCoupons();
        services.AddScoped<OrderService>();
        services.AddScoped<PaymentService>();
        services.AddScoped<CatalogService>();
        services.AddScoped<AccessSeeder>();
        services.AddScoped<DemoStoreGenerator>();
        services.AddSingleton<ProductSearchIndex>();
        services.AddScoped<WordListStore>();
        services.AddSingleton<AdLawCheckers>();
        services.AddPriceRules(builder.Configuration);
        services.AddAnalytics();
        services.AddAlerts(builder.Configuration);
        services.AddCustomerService();
        services.AddContent();
        services.AddFulfilment(builder.Configuration);
        services.AddAfterSales();
        services.AddIntellectualProperty(builder.Configuration);
        services.AddPrivacy();
        services.AddSelection();
        services.AddSweep<PreSaleDeadlineSweep>(PreSaleDeadlineSweep.Interval);
        services.AddSingleton<IPaymentProvider, SimulatedPaymentProvider>();
        services.AddSweep<PaymentTimeoutSweep>(PaymentTimeoutSweep.Interval);

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
            o.SerializerOptions.AllowOutOfOrderMetadataProperties = true; // a promotion benefit's "type" need not come first
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.AddOpenApi();
        services.AddConsole();
        // Serves wwwroot (and the npm libraries copied into it) from a build in any environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UseCommerceOps(this WebApplication app)
    {
        app.Lifetime.ApplicationStopped.Register(app.Services.GetRequiredService<DataDirectoryLock>().Dispose);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseConsoleLocalization();
        app.UseRouting();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();
        app.MapPublicRulePages();

        var api = app.MapGroup("/api/v1");
        api.MapAuthApi();
        api.MapCatalogApi();
        api.MapCustomersApi();
        api.MapCartsApi();
        api.MapOrdersApi();
        api.MapInventoryApi();
        api.MapPurchasingApi();
        api.MapShipmentsApi();
        api.MapFulfilmentApi();
        api.MapSuppliersApi();
        api.MapPromotionsApi();
        api.MapPriceRulesApi();
        api.MapMarketingApi();
        api.MapCampaignsApi();
        api.MapCouponsApi();
        api.MapContentApi();
        api.MapAssistantApi();
        api.MapKnowledgeBaseApi();
        api.MapReturnsApi();
        api.MapValueAddedServicesApi();
        api.MapTicketsApi();
        api.MapComplianceApi();
        api.MapIntellectualPropertyApi();
        api.MapReturnPoliciesApi();
        api.MapPrivacyApi();
        api.MapMetricsApi();
        api.MapAlertsApi();
        api.MapSelectionApi();
        app.MapEventsApi();
        app.MapConsole();
        return app;
    }

    public static async Task PrepareDataAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        await db.MigrateAsync();
        var seeder = scope.ServiceProvider.GetRequiredService<AccessSeeder>();
        if (app.Configuration.GetValue("Seed:Demo", true))
        {
            var credentials = await seeder.EnsureDemoAccessAsync(CancellationToken.None);
            var demo = scope.ServiceProvider.GetRequiredService<DemoStoreGenerator>();
            if (await demo.IsStoreEmptyAsync(CancellationToken.None))
            {
                app.Logger.LogInformation("First start: generating the demo store…");
                var facts = await demo.GenerateAsync(DemoScale.Demo);
                app.Logger.LogInformation("Demo store ready in {Elapsed}: {Customers} customers, {Orders} orders", facts.Elapsed, facts.Customers, facts.Orders);
                await scope.ServiceProvider.GetRequiredService<DemoCampaign>().SeedAsync(CancellationToken.None);
            }
            app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, credentials, seeder.CredentialsPath));
        }
        else
        {
            await seeder.EnsureRolesAsync();
        }
        await scope.ServiceProvider.GetRequiredService<CatalogService>().RebuildIndexAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<KnowledgeBaseService>().RebuildIndexAsync(CancellationToken.None);
        await app.Services.GetRequiredService<ActivePromotions>().GetAsync(CancellationToken.None); // the first checkouts find the set loaded
    }
}
