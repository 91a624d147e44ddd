using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Hosting;

/// <summary>Service registration and the request pipeline, kept out of Program.cs so it stays a few lines.</summary>
public static class CommerceOpsHosting
{
    public static WebApplicationBuilder AddCommerceOps(this WebApplicationBuilder builder)
    {
        var storage = StorageOptions.Resolve(builder.Configuration["Data"], builder.Configuration.GetConnectionString("Commerce"));
        builder.Services.AddSingleton(TimeProvider.System);
        // Held for the server's lifetime so CLI commands refuse instead of fighting over the DuckDB file.
        builder.Services.AddSingleton(DataDirectoryLock.Acquire(storage.DataDirectory, DataDirectoryLockInfo.ServerHolder, builder.Configuration["urls"] ?? "http://localhost:5000", TimeProvider.System));
        builder.Services.AddCommerceStorage(storage);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UseCommerceOps(this WebApplication app)
    {
        app.Lifetime.ApplicationStopped.Register(app.Services.GetRequiredService<DataDirectoryLock>().Dispose);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
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
