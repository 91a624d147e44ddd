namespace CommerceOps.Cli;

/// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, which posts and can lag behind the work.</summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
