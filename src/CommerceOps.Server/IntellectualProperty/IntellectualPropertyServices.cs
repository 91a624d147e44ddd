using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.IntellectualProperty;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.IntellectualProperty;

public static class IntellectualPropertyServices
{
    /// <summary>Brand library, listing rights, designs, complaints and the hourly expiry sweep; the warning window from <c>Compliance:BrandAuthorisation</c>.</summary>
    public static IServiceCollection AddIntellectualProperty(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Compliance:BrandAuthorisation").Get<BrandRightsSettings>() ?? BrandRightsSettings.Default);
        services.AddScoped<IpEvidence>();
        services.AddScoped<BrandListings>();
        services.AddScoped<ListingRights>();
        services.AddScoped<BrandStandingQuery>();
        services.AddScoped<BrandLibrary>();
        services.AddScoped<DesignRegistry>();
        services.AddScoped<ComplaintService>();
        services.AddScoped<BrandAuthorisationMonitor>();
        services.AddSweep<BrandAuthorisationSweep>(BrandAuthorisationSweep.Interval, runAtStart: true);
        return services;
    }
}
