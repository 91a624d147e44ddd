using System.Globalization;
using System.Net;

namespace CommerceOps.Bench;

public sealed class BenchException(string message) : Exception(message);

/// <summary>"--name value" pairs.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal)) throw new BenchException($"unexpected argument '{name}'");
            if (!e.MoveNext()) throw new BenchException($"{name} needs a value");
            options._values[name[2..]] = e.Current;
        }
        return options;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public string Require(string name) => Get(name) ?? throw new BenchException($"--{name} is required");

    public int Int(string name, int fallback, int min, int max)
    {
        var raw = Get(name);
        if (raw is null) return fallback;
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new BenchException($"--{name} must be an integer from {min} to {max}");
        return value;
    }

    /// <summary>The server's base address; only loopback addresses are accepted.</summary>
    public Uri LoopbackUrl()
    {
        var url = new Uri(Require("url"), UriKind.Absolute);
        var loopback = url.IsLoopback && (url.Host == "localhost" || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
        if (!loopback || url.Scheme != Uri.UriSchemeHttp) throw new BenchException($"refusing {url}: benchmarks only target http on a loopback address (127.0.0.1)");
        return url;
    }
}
