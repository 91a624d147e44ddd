namespace CommerceOps.Infrastructure.Persistence;

/// <summary>Another process holds the data directory's lock. <see cref="Holder"/> is null when its details could not be read.</summary>
public sealed class DataDirectoryInUseException(string dataDirectory, DataDirectoryLockInfo? holder)
    : Exception(Describe(dataDirectory, holder))
{
    public string DataDirectory { get; } = dataDirectory;
    public DataDirectoryLockInfo? Holder { get; } = holder;

    private static string Describe(string dir, DataDirectoryLockInfo? holder) => holder switch
    {
        { Holder: DataDirectoryLockInfo.ServerHolder } s =>
            $"The CommerceOps server (pid {s.Pid}, {s.Url ?? "URL unknown"}) is using {dir}. Stop it first, or use its API.",
        { } c => $"Another commerceops command (pid {c.Pid}, started {c.StartedAt:u}) is using {dir}. Wait for it to finish.",
        null => $"Another CommerceOps process is using {dir}. Stop it first.",
    };
}
