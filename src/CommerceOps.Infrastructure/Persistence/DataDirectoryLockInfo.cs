namespace CommerceOps.Infrastructure.Persistence;

/// <summary>What the holder of a data directory's lock wrote into <c>server.lock</c>: who it is, so others can say so.</summary>
/// <param name="Holder">"server" or "cli".</param>
/// <param name="Url">Where a server listens; null for a CLI command.</param>
public sealed record DataDirectoryLockInfo(string Holder, int Pid, string? Url, DateTimeOffset StartedAt)
{
    public const string ServerHolder = "server";
    public const string CliHolder = "cli";
}
