namespace CommerceOps.Server.Hosting;

/// <summary>
/// One round of a periodic background job (an SLA check, a deadline sweep, a delivery run). <see cref="PeriodicSweep{TSweep}"/>
/// resolves it from a fresh scope each tick, so it may depend on scoped services such as the database context.
/// </summary>
public interface ISweep
{
    Task RunAsync(CancellationToken cancellationToken);
}
