using DuckDB.NET.Data;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// docs/marketing.md's content attribution computed here in C# from the raw touches and orders of the demo store, one
/// order at a time: the console's SQL is not used.
/// </summary>
public sealed class DemoContentAttribution(IReadOnlyList<DemoContentAttribution.Touch> touches, IReadOnlyList<DemoContentAttribution.Order> orders)
{
    public sealed record Touch(string Customer, long ContentId, bool Live, long Micros);

    public sealed record Order(string Customer, string Status, long Micros, decimal Total);

    public static DemoContentAttribution Read(string analyticsPath)
    {
        using var connection = new DuckDBConnection($"Data Source={analyticsPath}");
        connection.Open();
        var touches = new List<Touch>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT customer_id, content_id, content_type, CAST(epoch_us(occurred_at) AS BIGINT) FROM content_touches WHERE customer_id IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read()) touches.Add(new Touch(reader.GetString(0), reader.GetInt64(1), reader.GetString(2) == "live_stream", reader.GetInt64(3)));
        }
        var orders = new List<Order>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT customer_code, status, CAST(epoch_us(placed_at) AS BIGINT), total FROM fact_orders WHERE customer_code IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read()) orders.Add(new Order(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetDecimal(3)));
        }
        return new DemoContentAttribution(touches, orders);
    }

    /// <summary>Attributed GMV per content id for orders placed in [from, to) with a window of <paramref name="windowDays"/> days.</summary>
    public Dictionary<long, decimal> GmvByContent(DateTimeOffset from, DateTimeOffset to, int windowDays = 7)
    {
        var window = (long)TimeSpan.FromDays(windowDays).TotalMicroseconds;
        long f = Micros(from), t = Micros(to);
        var byCustomer = touches.ToLookup(x => x.Customer);
        var gmv = new Dictionary<long, decimal>();
        foreach (var order in orders.Where(o => o.Status is not ("placed" or "cancelled") && o.Micros >= f && o.Micros < t))
        {
            Touch? last = null;
            foreach (var touch in byCustomer[order.Customer])
            {
                if (touch.Micros > order.Micros || order.Micros - touch.Micros > window) continue;
                if (last is null || touch.Micros > last.Micros
                    || (touch.Micros == last.Micros && (touch.Live && !last.Live || touch.Live == last.Live && touch.ContentId < last.ContentId)))
                    last = touch;
            }
            if (last is not null) gmv[last.ContentId] = gmv.GetValueOrDefault(last.ContentId) + order.Total;
        }
        return gmv;
    }

    private static long Micros(DateTimeOffset at) => (at - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
}
