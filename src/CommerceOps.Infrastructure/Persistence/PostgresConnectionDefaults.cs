using System.Data.Common;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Npgsql settings the commerce store runs best with, added to the configured connection string unless it sets
/// them itself. Auto-prepare: the hot statements (checkout, payment) are parsed and planned once per connection
/// instead of on every call. No reset on close: the store keeps no session state (no SET, temp tables or advisory
/// locks on PostgreSQL), so the DISCARD ALL Npgsql sends each time a connection goes back to the pool is wasted work.
/// Generic plans (<c>plan_cache_mode</c>, added to <c>Options</c>): PostgreSQL otherwise plans a prepared statement
/// again on every execution when its generic plan looks dearer than one made for the values — always so for the
/// checkout's joins over <c>code = ANY($1)</c>, whose generic estimate is ten rows instead of one. The planner took
/// 3 % of all CPU under checkout load; generic plans cut CPU per paid order by about a tenth (docs/benchmarks.md).
/// The store's statements look rows up by keys and indexed columns, where one plan serves every value; set
/// <c>plan_cache_mode</c> in the connection string's Options to choose otherwise.
/// </summary>
public static class PostgresConnectionDefaults
{
    private static readonly (string[] Keys, string Value)[] Defaults =
    [
        (["Max Auto Prepare", "MaxAutoPrepare"], "64"),
        (["Auto Prepare Min Usages", "AutoPrepareMinUsages"], "2"),
        (["No Reset On Close", "NoResetOnClose"], "true"),
    ];

    private const string GenericPlans = "-c plan_cache_mode=force_generic_plan";

    public static string Apply(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var (keys, value) in Defaults)
            if (!keys.Any(builder.ContainsKey)) builder[keys[0]] = value;
        var options = builder.TryGetValue("Options", out var set) ? Convert.ToString(set, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
        if (!options.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase)) builder["Options"] = (options + " " + GenericPlans).Trim();
        return builder.ConnectionString;
    }
}
