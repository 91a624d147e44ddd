namespace CommerceOps.Infrastructure.Tests;

/// <summary>Test input files in a temporary folder, deleted afterwards.</summary>
public sealed class TempFiles : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("commerceops-files-").FullName;

    public string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
