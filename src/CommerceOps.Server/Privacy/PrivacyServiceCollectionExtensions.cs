using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Privacy;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Return policies per SKU/category, the purpose catalogue, consent statistics and data-subject requests with their overdue sweep.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<ReturnPolicyCache>();
        services.AddScoped<ReturnPolicyStore>();
        services.AddScoped<PurposeCatalogue>();
        services.AddScoped<HolidayCalendarStore>();
        services.AddScoped<SensitiveConsent>();
        services.AddScoped<ConsentStatistics>();
        services.AddScoped<CustomerDataCollector>();
        services.AddScoped<CustomerErasure>();
        services.AddScoped<DataSubjectRequests>();
        services.AddScoped<PrivacyRequestMonitor>();
        services.AddScoped<PrivacyOverview>();
        services.AddSweep<PrivacyRequestSweep>(PrivacyRequestSweep.Interval, runAtStart: true);
        services.AddSingleton(sp => new TransactionRetention(
            sp.GetRequiredService<IConfiguration>().GetValue("Privacy:TransactionRetentionYears", TransactionRetention.StatutoryMinimumYears)));
        services.AddScoped<TransactionRecordPurge>();
        services.AddSweep<TransactionRetentionSweep>(TransactionRetentionSweep.Interval, runAtStart: true);
        return services;
    }
}
