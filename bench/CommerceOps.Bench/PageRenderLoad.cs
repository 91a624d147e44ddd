using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommerceOps.Bench;

/// <summary>
/// <c>pages --url http://127.0.0.1:PORT --data DIR [--requests 20] [--pages /,/gmv,…] [--query from=…&amp;to=…] --out FILE</c>:
/// signs in to the console with the demo admin's cookie and requests each analytics page over loopback HTTP, one
/// request at a time (after one warm-up request per page), timing the whole response; p50/p95/max per page. The
/// console renders statically on the server, so the response time is the server-side render plus loopback transfer.
/// A page that answers anything but 200 (a redirect to the login page included) fails the run.
/// </summary>
public static class PageRenderLoad
{
    private static readonly string[] DefaultPages = ["/", "/gmv", "/funnel", "/operations", "/marketing", "/segments", "/inventory", "/logistics"];

    public static async Task<int> RunAsync(Options options)
    {
        var url = options.LoopbackUrl();
        var requests = options.Int("requests", 20, 1, 1000);
        var pages = options.Get("pages")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? DefaultPages;
        var query = options.Get("query");
        var admin = DemoCredentials.Load(options.Require("data")).Users.FirstOrDefault(u => u.Role == "admin")
            ?? throw new BenchException("no admin in the demo credentials");

        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(120) };
        using (var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = admin.Email, password = admin.Password }, Api.Json))
            if (!login.IsSuccessStatusCode) throw new BenchException($"console sign-in failed: {await Api.DescribeAsync(login)}");

        var results = new List<object>();
        foreach (var page in pages)
        {
            var path = query is null ? page : $"{page}?{query}";
            await TimeAsync(client, path); // warm-up: JIT, first plans, file pages
            var latencies = new Latencies();
            long bytes = 0;
            for (var i = 0; i < requests; i++)
            {
                var (ms, length) = await TimeAsync(client, path);
                latencies.Add(ms);
                bytes = length;
            }
            var merged = Latencies.Merge([latencies]);
            var row = new { page = path, requests, p50Ms = merged.Percentile(50), p95Ms = merged.Percentile(95), maxMs = merged.Percentile(100), bytes };
            Console.Error.WriteLine($"bench: {row}");
            results.Add(row);
        }
        var result = new { benchmark = "pages", requests, query, pages = results };
        await File.WriteAllTextAsync(options.Require("out"), JsonSerializer.Serialize(result));
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static async Task<(double Ms, long Bytes)> TimeAsync(HttpClient client, string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new BenchException($"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return (ms, body.Length);
    }
}
