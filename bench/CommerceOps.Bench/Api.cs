using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CommerceOps.Bench;

/// <summary>The demo credentials the server writes to DATA/demo-credentials.json at first start.</summary>
public sealed record DemoCredentials(string StorefrontApiKey, IReadOnlyList<DemoUser> Users)
{
    public static DemoCredentials Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "demo-credentials.json");
        if (!File.Exists(path)) throw new BenchException($"{path} not found: start the server on that data directory first");
        return JsonSerializer.Deserialize<DemoCredentials>(File.ReadAllText(path), Api.Json)
            ?? throw new BenchException($"{path} is empty");
    }
}

public sealed record DemoUser(string Email, string Password, string Role);

public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>One pooled client for all workers: keep-alive connections to the loopback server, at most one per worker.</summary>
    public static HttpClient CreateClient(Uri baseAddress, int connections, string apiKey)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public static async Task WaitForHealthAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            if (DateTime.UtcNow > deadline) throw new BenchException("the server did not answer /health in time");
            await Task.Delay(250);
        }
    }

    public static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response) =>
        response.Content.Headers.ContentLength == 0 ? null : await response.Content.ReadFromJsonAsync<JsonNode>(Json);

    public static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return $"{(int)response.StatusCode} {response.ReasonPhrase}: {(body.Length > 300 ? body[..300] + "…" : body)}";
    }

    /// <summary>Signs in a console user and returns a client that sends its bearer token.</summary>
    public static async Task<HttpClient?> LoginAsync(Uri baseAddress, DemoUser user)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Json);
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"bench: login as {user.Email} failed: {await DescribeAsync(response)}");
            client.Dispose();
            return null;
        }
        var token = (await ReadJsonAsync(response))?["accessToken"]?.GetValue<string>();
        if (string.IsNullOrEmpty(token)) { client.Dispose(); return null; }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
