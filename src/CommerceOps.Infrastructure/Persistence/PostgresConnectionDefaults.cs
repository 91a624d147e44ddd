using System.Data.Common;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Npgsql settings the commerce store runs best with, added to the configured connection string unless it sets
/// them itself. Auto-prepare: the hot statements (checkout, payment) are parsed and planned once per connection
/// instead of on every call. No reset on close: the store keeps no session state (no SET, temp tables or advisory
/// locks on PostgreSQL), so the DISCARD ALL Npgsql sends each time a connection goes back to the pool is wasted work.
/// </summary>
public static class PostgresConnectionDefaults
{
    private static readonly (string[] Keys, string Value)[] Defaults =
    [
        (["Max Auto Prepare", "MaxAutoPrepare"], "64"),
        (["Auto Prepare Min Usages", "AutoPrepareMinUsages"], "2"),
        (["No Reset On Close", "NoResetOnClose"], "true"),
    ];

    public static string Apply(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var (keys, value) in Defaults)
            if (!keys.Any(builder.ContainsKey)) builder[keys[0]] = value;
        return builder.ConnectionString;
    }
}
