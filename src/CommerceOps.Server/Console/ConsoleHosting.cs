using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Infrastructure.SupplyChain;
using CommerceOps.Server.IntellectualProperty.Pages;
using CommerceOps.Server.Inventory.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CommerceOps.Server.WebConsole;

/// <summary>The web console: Razor components at <c>/</c> beside the API, its sign-in, preferences and exports.</summary>
public static class ConsoleHosting
{
    public const string LoginPath = "/login";

    public static IServiceCollection AddConsole(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddLocalization();
        services.AddSingleton<ConsoleNavigation>();
        services.AddScoped<TodaySoFarQuery>();
        services.AddScoped<RfmQuery>();
        services.AddScoped<InventoryOverviewQuery>();
        services.AddScoped<DeliveryPromiseReport>();
        services.AddScoped<LateShipmentList>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.AccessDeniedPath = "/access-denied";
        });
        return services;
    }

    /// <summary>Culture from the cookie for console requests only: API responses stay culture-neutral.</summary>
    public static IApplicationBuilder UseConsoleLocalization(this IApplicationBuilder app) =>
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), b => b.UseRequestLocalization(ConsolePreferences.Localization()));

    public static WebApplication MapConsole(this WebApplication app)
    {
        app.MapStaticAssets();
        // Console pages sign in with the Identity cookie: a visitor is redirected to the login page (API paths get 401).
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode()
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.ApplicationScheme });
        app.MapPreferenceEndpoints();
        app.MapChartExport();
        app.MapReplenishmentAccept();
        app.MapComplaintActions();
        app.MapPost("/logout", async (SignInManager<ConsoleUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(LoginPath);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
