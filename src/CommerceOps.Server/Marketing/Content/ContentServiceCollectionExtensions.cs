using CommerceOps.Infrastructure.Marketing.Content;

namespace CommerceOps.Server.Marketing.Content;

public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContent(this IServiceCollection services) => services
        .AddScoped<ContentTouchLog>()
        .AddScoped<ContentAttributionQuery>()
        .AddScoped<MemberCounts>()
        .AddScoped<ContentReportBuilder>();
}
