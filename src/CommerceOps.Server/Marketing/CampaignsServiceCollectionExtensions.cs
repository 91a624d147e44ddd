using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Marketing.Campaigns;
using CommerceOps.Infrastructure.Marketing.Coupons;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Marketing;

public static class CampaignsServiceCollectionExtensions
{
    /// <summary>Campaigns, their background job, the recording channel adapters, and personal coupons (used by checkout).</summary>
    public static IServiceCollection AddCampaignsAndCoupons(this IServiceCollection services)
    {
        services.AddScoped<PresentedCoupons>();
        services.AddScoped<CouponRedemption>();
        services.AddScoped<CouponIssuer>();
        services.AddScoped<CouponStatisticsQuery>();
        services.AddScoped<ICampaignChannels, RecordingChannels>();
        services.AddScoped<CampaignAudienceQuery>();
        services.AddScoped<CampaignEvents>();
        services.AddScoped<CampaignFiring>();
        services.AddScoped<CampaignRunner>();
        services.AddScoped<CampaignService>();
        services.AddScoped<CampaignResultsQuery>();
        services.AddScoped<DemoCampaign>();
        services.AddSweep<CampaignSweep>(p => CampaignSweep.Interval(p.GetRequiredService<IConfiguration>()), runAtStart: true);
        return services;
    }
}
