using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// What the promotions and compliance pages should show on the demo store, read from the commerce SQLite file with SQL of
/// its own: the first women's-apparel SKU and its list price (the demo's 9折 apparel promotion covers it), and the products
/// whose description carries the demo's blocking claims.
/// </summary>
public sealed record DemoPromotionFacts(string ApparelSku, decimal ApparelPrice, IReadOnlyList<long> LowestPriceClaimProducts, IReadOnlyList<long> NationalClaimProducts)
{
    public static DemoPromotionFacts Read(string sqlitePath)
    {
        using var connection = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var sku = connection.CreateCommand();
        sku.CommandText = """
            SELECT s.code, CAST(s.price AS TEXT) FROM skus s JOIN products p ON p.id = s.product_id JOIN categories c ON c.id = p.category_id
            WHERE c.code = 'apparel.women' AND p.is_published ORDER BY s.id LIMIT 1
            """;
        using var reader = sku.ExecuteReader();
        reader.Read();
        var code = reader.GetString(0);
        var price = decimal.Parse(reader.GetString(1), NumberStyles.Number, CultureInfo.InvariantCulture);
        return new DemoPromotionFacts(code, price, Products(connection, "全网最低价"), Products(connection, "国家级"));
    }

    private static List<long> Products(SqliteConnection connection, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM products WHERE instr(description, $text) > 0 OR instr(title, $text) > 0 OR instr(coalesce(subtitle, ''), $text) > 0 ORDER BY id";
        command.Parameters.AddWithValue("$text", text);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
