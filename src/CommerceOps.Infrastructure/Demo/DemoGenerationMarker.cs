using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// A file in the data directory that says a chunked (large) generation started and whether it finished. Large data is
/// committed in chunks, so an interrupted run leaves a partial store; the marker lets the next <c>generate</c> see that
/// and refuse with a clear message instead of piling data onto half a store.
/// </summary>
public sealed record DemoGenerationMarker(string Scale, int Seed, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt)
{
    public const string FileName = "demo-generation.json";

    [JsonIgnore]
    public bool IsComplete => CompletedAt is not null;

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    public static DemoGenerationMarker? Read(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        return File.Exists(path) ? JsonSerializer.Deserialize<DemoGenerationMarker>(File.ReadAllText(path)) : null;
    }

    /// <summary>Writes the marker through a temporary file and a rename, so it is never seen half written.</summary>
    public void Write(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
