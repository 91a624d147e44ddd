using Microsoft.Data.Sqlite;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// The demo store's privacy numbers straight from the tables with SQL of its own: active marketing consents by SMS
/// (never withdrawn) and data-subject requests still open.
/// </summary>
public sealed record ExpectedPrivacy(int ActiveMarketingSms, int OpenRequests)
{
    public static ExpectedPrivacy Read(string sqlitePath)
    {
        using var connection = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM consent_records WHERE purpose = 'marketing' AND channel = 'sms' AND withdrawn_at IS NULL),
                   (SELECT count(*) FROM privacy_requests WHERE status = 'Received')
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new ExpectedPrivacy(reader.GetInt32(0), reader.GetInt32(1));
    }
}
