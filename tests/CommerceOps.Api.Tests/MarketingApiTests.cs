using System.Net;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Api.Tests;

/// <summary>
/// Segments, movement and lifetime value over HTTP. The orders are in 2000, so orders other tests place today never
/// reach these as-of dates.
/// </summary>
[Collection("sqlite-api")]
public sealed class MarketingApiTests(SqliteApiFixture store) : IClassFixture<SqliteApiFixture>
{
    private static readonly Lock Seeded = new();
    private static bool _seeded;

    private void Seed()
    {
        lock (Seeded)
        {
            if (_seeded) return;
            var analytics = store.Factory.Services.GetRequiredService<AnalyticsStore>();
            analytics.WriteAsync(connection =>
            {
                (string Number, string Customer, string At, decimal Total, string Status)[] orders =
                [
                    ("M-1", "MK-A", "2000-01-05 04:00:00+00", 20m, "completed"),
                    ("M-2", "MK-A", "2000-02-10 04:00:00+00", 30m, "completed"),
                    ("M-3", "MK-A", "2000-03-01 04:00:00+00", 25m, "completed"),
                    ("M-4", "MK-B", "2000-02-27 04:00:00+00", 5.5m, "paid"),
                    ("M-5", "MK-C", "1999-10-01 04:00:00+00", 21m, "delivered"),
                    ("M-6", "MK-C", "1999-11-01 04:00:00+00", 9m, "cancelled"),
                ];
                foreach (var o in orders)
                {
                    using var insert = connection.CreateCommand();
                    insert.CommandText = """
                        INSERT INTO fact_orders (order_number, customer_code, channel, payment_method, currency, total, line_count, status, source, placed_at)
                        VALUES (?, ?, 'organic', 'quick_pay', 'CNY', ?, 1, ?, 'test', CAST(? AS TIMESTAMPTZ))
                        """;
                    foreach (var value in new object[] { o.Number, o.Customer, o.Total, o.Status, o.At }) insert.Parameters.Add(new DuckDBParameter(value));
                    insert.ExecuteNonQuery();
                }
                return 0;
            }, CancellationToken.None).GetAwaiter().GetResult();
            _seeded = true;
        }
    }

    [Fact]
    public async Task Marketing_sees_segment_sizes_stages_and_the_grid_with_chinese_names()
    {
        Seed();
        var client = await store.StaffAsync("marketing");

        var response = await client.GetAsync("/api/v1/segments/rfm?asOf=2000-03-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(3, body.GetProperty("customers").GetInt64());
        Assert.Equal(76.5m, body.GetProperty("monetary").GetDecimal()); // A's 1 March order is not before D; C's cancelled order nets to zero
        Assert.Equal(10, body.GetProperty("segments").GetArrayLength());
        Assert.Equal("重要价值客户", body.GetProperty("segments")[0].GetProperty("name").GetString());
        Assert.Equal(25, body.GetProperty("grid").GetArrayLength());
    }

    [Fact]
    public async Task Customers_movement_and_lifetime_value_answer_analysts_in_english()
    {
        Seed();
        var client = await store.StaffAsync("analyst");

        var customers = await (await client.GetAsync("/api/v1/segments/rfm/customers?asOf=2000-03-01&lang=en")).JsonAsync();
        var movement = await (await client.GetAsync("/api/v1/segments/movement?from=2000-02-01&to=2000-03-02")).JsonAsync();
        var clv = await client.GetAsync("/api/v1/clv?asOf=2000-03-02&horizonMonths=12&top=2");

        Assert.Equal(["MK-A", "MK-B", "MK-C"], customers.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("customerId").GetString()));
        Assert.Equal(3, movement.GetProperty("customers").GetInt64());
        Assert.Equal(HttpStatusCode.OK, clv.StatusCode);
        var clvBody = await clv.JsonAsync();
        Assert.Equal(3, clvBody.GetProperty("customers").GetInt64());
        Assert.Equal(2, clvBody.GetProperty("top").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_date_is_a_400_naming_the_field()
    {
        var client = await store.StaffAsync("operations");

        var response = await client.GetAsync("/api/v1/segments/rfm?asOf=March");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("asOf", out _));
    }

    [Theory]
    [InlineData("service")]
    [InlineData("supply_chain")]
    public async Task Roles_without_marketing_work_are_refused(string role)
    {
        var client = await store.StaffAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/segments/rfm?asOf=2000-03-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await store.Storefront().GetAsync("/api/v1/clv?asOf=2000-03-01")).StatusCode);
    }
}
