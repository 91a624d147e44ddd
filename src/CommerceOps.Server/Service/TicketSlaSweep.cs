using CommerceOps.Infrastructure.Service;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Service;

/// <summary>Raises and clears SLA alerts for open tickets (every 15 seconds: the first-response promise is one minute).</summary>
public sealed class TicketSlaSweep(TicketSlaMonitor monitor) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public Task RunAsync(CancellationToken cancellationToken) => monitor.CheckAsync(cancellationToken);
}
