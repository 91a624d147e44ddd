using CommerceOps.Infrastructure.Persistence;
using Npgsql;

namespace CommerceOps.Infrastructure.Tests.Persistence;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_bare_connection_string_gets_auto_prepare_no_reset_and_generic_plans()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=shop"));
        Assert.Equal(("db", "shop", 64, 2, true, "-c plan_cache_mode=force_generic_plan"),
            (settings.Host, settings.Database, settings.MaxAutoPrepare, settings.AutoPrepareMinUsages, settings.NoResetOnClose, settings.Options));
    }

    [Fact]
    public void What_the_connection_string_sets_itself_is_kept()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(
            "Host=db;Max Auto Prepare=0;NoResetOnClose=false;Options=-c plan_cache_mode=auto"));
        Assert.Equal((0, false, "-c plan_cache_mode=auto"), (settings.MaxAutoPrepare, settings.NoResetOnClose, settings.Options));
    }

    [Fact]
    public void Other_server_options_keep_their_place_and_generic_plans_join_them()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Options=-c search_path=shop"));
        Assert.Equal("-c search_path=shop -c plan_cache_mode=force_generic_plan", settings.Options);
    }
}
