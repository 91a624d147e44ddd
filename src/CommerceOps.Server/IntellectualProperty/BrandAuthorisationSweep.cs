using CommerceOps.Infrastructure.IntellectualProperty;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.IntellectualProperty;

/// <summary>Alerts expiring (yellow) and expired (red) brand authorisations into the inbox (at start, then every hour).</summary>
public sealed class BrandAuthorisationSweep(BrandAuthorisationMonitor monitor, ILogger<BrandAuthorisationSweep> logger) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var sweep = await monitor.CheckAsync(cancellationToken);
        if (sweep.Expired > 0) logger.LogInformation("{Count} brand authorisations have expired; {Listings} listings lack a valid one", sweep.Expired, sweep.UnauthorisedListings);
    }
}
