using CommerceOps.Domain.Selection;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Infrastructure.Selection;

public static class SelectionServiceCollectionExtensions
{
    /// <summary>Product selection: demand and review mining, candidate products and votes, pre-sale campaigns.</summary>
    public static IServiceCollection AddSelection(this IServiceCollection services)
    {
        services.AddSingleton<ChineseWordSegmenter>();
        services.AddSingleton(VotingEligibility.Default);
        services.AddScoped<SearchTermQuery>();
        services.AddScoped<ReviewMining>();
        services.AddScoped<CandidateService>();
        services.AddScoped<PreSaleService>();
        services.AddScoped<ReviewService>();
        return services;
    }
}
