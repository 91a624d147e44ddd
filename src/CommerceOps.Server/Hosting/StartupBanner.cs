using CommerceOps.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CommerceOps.Server.Hosting;

/// <summary>What a newcomer needs after `dotnet run`: where the server listens and how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app, AccessSeeder.DemoCredentials? credentials, string credentialsPath)
    {
        var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var w = Console.Out;
        w.WriteLine();
        w.WriteLine("CommerceOps is running.");
        foreach (var url in urls) w.WriteLine($"  Console and API: {url}    API reference: {url}/api/docs");
        if (credentials is null)
        {
            w.WriteLine($"  Demo credentials: not found ({credentialsPath} was removed).");
            return;
        }
        w.WriteLine($"  Demo logins (also in {credentialsPath}):");
        foreach (var login in credentials.Users) w.WriteLine($"    {login.Role,-13} {login.Email,-40} {login.Password}");
        w.WriteLine($"  Storefront API key (header X-Api-Key): {credentials.StorefrontApiKey}");
        w.WriteLine();
    }
}
