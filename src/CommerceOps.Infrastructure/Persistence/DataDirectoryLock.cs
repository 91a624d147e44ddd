using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// An exclusive OS lock on <c>DATA/server.lock</c>, held for as long as a process writes the data directory.
/// DuckDB lets one process write its file, so the server holds this for its lifetime and a CLI command for its run;
/// whoever comes second is refused with a message naming the holder. The OS drops the lock if the holder dies.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "server.lock";

    private readonly FileStream _stream;

    private DataDirectoryLock(FileStream stream, DataDirectoryLockInfo info)
    {
        _stream = stream;
        Info = info;
    }

    public DataDirectoryLockInfo Info { get; }

    /// <summary>Takes the lock or throws <see cref="DataDirectoryInUseException"/> naming the process that holds it.</summary>
    public static DataDirectoryLock Acquire(string dataDirectory, string holder, string? url, TimeProvider time)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new DataDirectoryInUseException(dataDirectory, ReadHolder(path));
        }
        var info = new DataDirectoryLockInfo(holder, Environment.ProcessId, url, time.GetUtcNow());
        var json = JsonSerializer.SerializeToUtf8Bytes(info, CommerceDbContext.EventJson);
        stream.SetLength(0);
        stream.Write(json);
        stream.Flush(flushToDisk: true);
        return new DataDirectoryLock(stream, info);
    }

    /// <summary>
    /// Reads the holder's note. Every .NET open of the file asks for a shared flock, which the holder's exclusive
    /// lock refuses, so on Unix the bytes are read with plain open/read (flock is advisory and does not stop reads).
    /// </summary>
    private static DataDirectoryLockInfo? ReadHolder(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        try
        {
            var fd = LibC.open(path, 0);
            if (fd < 0) return null;
            try
            {
                var buffer = new byte[4096];
                var read = (int)LibC.read(fd, buffer, buffer.Length);
                if (read <= 0) return null;
                return JsonSerializer.Deserialize<DataDirectoryLockInfo>(Encoding.UTF8.GetString(buffer, 0, read), CommerceDbContext.EventJson);
            }
            finally
            {
                LibC.close(fd);
            }
        }
        catch (Exception e) when (e is JsonException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();

    private static class LibC
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern nint read(int fd, byte[] buffer, nint count);

        [DllImport("libc")]
        public static extern int close(int fd);
    }
}
