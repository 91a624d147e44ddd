using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Analytics;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Hosting;

/// <summary>Service registration and the request pipeline, kept out of Program.cs so it stays a few lines.</summary>
public static class CommerceOpsHosting
{
    public static WebApplicationBuilder AddCommerceOps(this WebApplicationBuilder builder)
    {
        var storage = StorageOptions.Resolve(builder.Configuration["Data"], builder.Configuration.GetConnectionString("Commerce"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCommerceStorage(storage);
        builder.Services.AddAnalytics();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UseCommerceOps(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
        app.MapEventsApi();
        return app;
    }

    public static async Task PrepareDataAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        await db.MigrateAsync();
        _ = db.Database.GetDbConnection();
    }
}
