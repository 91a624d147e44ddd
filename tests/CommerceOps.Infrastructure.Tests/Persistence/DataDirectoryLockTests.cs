using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Tests.Persistence;

/// <summary>
/// flock locks belong to an open file, not a process, so two acquisitions in one test process conflict exactly as
/// the server and a CLI process do.
/// </summary>
public sealed class DataDirectoryLockTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("commerceops-lock-").FullName;

    [Fact]
    public void A_command_is_refused_while_the_server_holds_the_directory_and_told_who_holds_it()
    {
        using var server = DataDirectoryLock.Acquire(_dir, DataDirectoryLockInfo.ServerHolder, "http://localhost:5000", TimeProvider.System);

        var refused = Assert.Throws<DataDirectoryInUseException>(() =>
            DataDirectoryLock.Acquire(_dir, DataDirectoryLockInfo.CliHolder, null, TimeProvider.System));

        Assert.Equal(server.Info, refused.Holder);
        Assert.Equal($"The CommerceOps server (pid {Environment.ProcessId}, http://localhost:5000) is using {_dir}. Stop it first, or use its API.", refused.Message);
    }

    [Fact]
    public void The_server_is_refused_while_a_command_holds_the_directory()
    {
        using var command = DataDirectoryLock.Acquire(_dir, DataDirectoryLockInfo.CliHolder, null, TimeProvider.System);

        var refused = Assert.Throws<DataDirectoryInUseException>(() =>
            DataDirectoryLock.Acquire(_dir, DataDirectoryLockInfo.ServerHolder, "http://localhost:5000", TimeProvider.System));

        Assert.Equal(DataDirectoryLockInfo.CliHolder, refused.Holder?.Holder);
        Assert.StartsWith("Another commerceops command", refused.Message);
    }

    [Fact]
    public void The_directory_is_free_again_once_the_holder_releases_it()
    {
        DataDirectoryLock.Acquire(_dir, DataDirectoryLockInfo.ServerHolder, "http://localhost:5000", TimeProvider.System).Dispose();

        using var next = DataDirectoryLock.Acquire(_dir, DataDirectoryLockInfo.CliHolder, null, TimeProvider.System);

        Assert.Equal(DataDirectoryLockInfo.CliHolder, next.Info.Holder);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
