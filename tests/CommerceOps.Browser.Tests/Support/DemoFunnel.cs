using DuckDB.NET.Data;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// The default funnel (home → list → product → cart → payment → purchase, 24 h window, per user) computed here in C#
/// from the raw behaviour events, by trying every chain from every step-1 event: the console's SQL is not used.
/// </summary>
public sealed class DemoFunnel(IReadOnlyList<DemoFunnel.Event> events)
{
    public sealed record Event(string User, int Step, long Micros);

    private static readonly long Window = (long)TimeSpan.FromHours(24).TotalMicroseconds;

    public static DemoFunnel Read(string analyticsPath)
    {
        using var connection = new DuckDBConnection($"Data Source={analyticsPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT customer_id, anonymous_id, session_id, type, page_type, CAST(epoch_us(occurred_at) AS BIGINT) FROM behaviour_events";
        using var reader = command.ExecuteReader();
        var events = new List<Event>();
        while (reader.Read())
        {
            var step = StepOf(reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
            if (step == 0) continue;
            var user = !reader.IsDBNull(0) ? reader.GetString(0) : !reader.IsDBNull(1) ? reader.GetString(1) : reader.GetString(2);
            events.Add(new Event(user, step, reader.GetInt64(5)));
        }
        return new DemoFunnel(events);
    }

    /// <summary>docs/metrics.md's step table for the default steps; 0 for events no step matches.</summary>
    private static int StepOf(string type, string? pageType) => (type, pageType) switch
    {
        ("page_view", "home") => 1,
        ("page_view", "list") or ("search", _) => 2,
        ("page_view", "product") or ("product_view", _) => 3,
        ("page_view", "cart") or ("add_to_cart", _) => 4,
        ("page_view", "payment") or ("checkout_start", _) or ("payment_submit", _) => 5,
        ("purchase", _) => 6,
        _ => 0,
    };

    /// <summary>Users reaching each step (index 0 = step 1) among events in [from, to).</summary>
    public long[] UsersPerStep(DateTimeOffset from, DateTimeOffset to)
    {
        long f = (from - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond, t = (to - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
        var reached = new long[6];
        foreach (var user in events.Where(e => e.Micros >= f && e.Micros < t).GroupBy(e => e.User))
        {
            var furthest = Furthest([.. user]);
            for (var s = 0; s < furthest; s++) reached[s]++;
        }
        return reached;
    }

    // Every chain: from each step-1 event, any next-step event at or after the previous one, all within the window.
    private static int Furthest(Event[] userEvents)
    {
        var best = 0;
        foreach (var start in userEvents.Where(e => e.Step == 1))
            best = Math.Max(best, Extend(userEvents, start.Micros + Window, 1, start.Micros, []));
        return best;
    }

    // Memoised on (step, time) per start, so trying every chain stays linear in the chains' distinct states.
    private static int Extend(Event[] userEvents, long deadline, int step, long at, Dictionary<(int, long), int> seen)
    {
        if (step == 6) return 6;
        if (seen.TryGetValue((step, at), out var known)) return known;
        var best = step;
        foreach (var next in userEvents.Where(e => e.Step == step + 1 && e.Micros >= at && e.Micros <= deadline).Select(e => e.Micros).Distinct())
        {
            best = Math.Max(best, Extend(userEvents, deadline, step + 1, next, seen));
            if (best == 6) break;
        }
        return seen[(step, at)] = best;
    }
}
