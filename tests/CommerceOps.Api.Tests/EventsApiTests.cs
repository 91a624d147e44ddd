using System.Net;
using System.Text;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Infrastructure.Analytics;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Api.Tests;

/// <summary>Behaviour-event batches over HTTP: accepted into DuckDB whole, or refused whole with field errors.</summary>
[Collection("sqlite-api")]
public sealed class EventsApiTests(SqliteApiFixture store) : IClassFixture<SqliteApiFixture>
{
    private static object Event(string type, string? pageType = "home", string session = "s1") => new
    {
        eventId = Guid.NewGuid(), occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1), type, sessionId = session, anonymousId = "a1",
        channel = "organic", pageType, province = "浙江省", city = "杭州市", device = "ios", properties = new Dictionary<string, string> { ["page_load_ms"] = "830" },
    };

    [Fact]
    public async Task A_valid_batch_is_stored_with_its_page_load_time()
    {
        var session = Guid.NewGuid().ToString("N");
        var response = await store.Storefront().PostJsonAsync("/api/v1/events", new { events = new[] { Event("page_view", "home", session), Event("page_view", "payment", session) } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("accepted").GetInt32());
        Assert.Equal((2L, 1660L), Stored(session));
    }

    [Fact]
    public async Task A_batch_with_one_bad_event_is_refused_whole_and_names_the_field()
    {
        var session = Guid.NewGuid().ToString("N");
        var response = await store.Storefront().PostJsonAsync("/api/v1/events",
            new { events = new[] { Event("page_view", "home", session), Event("teleport", null, session) } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("events[1].type", out _));
        Assert.Equal(0L, Stored(session).Count);
    }

    [Fact]
    public async Task Malformed_json_and_missing_credentials_are_refused()
    {
        using var content = new StringContent("""{"events":[{"eventId": 12""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await store.Storefront().PostAsync("/api/v1/events", content)).StatusCode);
        using var anonymous = store.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/v1/events", new { events = Array.Empty<object>() })).StatusCode);
    }

    private (long Count, long PageLoadMs) Stored(string session)
    {
        using var connection = store.Factory.Services.GetRequiredService<AnalyticsStore>().OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(sum(page_load_ms), 0)::BIGINT FROM behaviour_events WHERE session_id = $session";
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("session", session));
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }
}
