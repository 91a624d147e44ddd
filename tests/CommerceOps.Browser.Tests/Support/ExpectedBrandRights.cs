using Microsoft.Data.Sqlite;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// The demo's unauthorised listings counted with SQL of its own (not the product's rule): the published products of the
/// brand whose only authorisation, SQ-DEMO-003, expired. Every other demo brand holds a valid seller authorisation for
/// all its categories, so these are all the listings without a valid authorisation.
/// </summary>
public static class ExpectedBrandRights
{
    public static int ReadUnauthorisedListings(string sqlitePath)
    {
        using var connection = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM products p
            JOIN brand_authorisations a ON a.brand_id = p.brand_id
            WHERE a.document_number = 'SQ-DEMO-003' AND p.is_published = 1
            """;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
