using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Compliance;

namespace CommerceOps.Server.Compliance;

public static class ComplianceServices
{
    /// <summary>The price rules and campaign rules; thresholds from <c>Compliance:PriceRules</c> (defaults: SPEC.md).</summary>
    public static IServiceCollection AddPriceRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Compliance:PriceRules").Get<PriceRuleSettings>() ?? PriceRuleSettings.Default);
        services.AddScoped<PromotionPriceRules>();
        services.AddScoped<CampaignRuleService>();
        services.AddScoped<PriceRuleViolationsQuery>();
        services.AddScoped<ListingFindingsQuery>();
        return services;
    }
}
