using System.Globalization;
using System.Text;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// A handful of Olist orders with promises (the demo store has none), imported into the browser test's store with the
/// CLI. Times are São Paulo local, as in the Olist export; the expected figures are worked out here from the dates.
/// </summary>
public static class PromiseSample
{
    public sealed record SampleOrder(string Id, string State, string Status, string Purchased, string? Shipped, string? Delivered, string Estimated)
    {
        /// <summary>Delivered on or before the promised (estimated) day.</summary>
        public bool? Kept => Delivered is null ? null : Day(Delivered) <= Day(Estimated);

        public bool Late => Kept == false || (Delivered is null && Status == "shipped");
    }

    public static readonly IReadOnlyList<SampleOrder> Orders =
    [
        new("bt-promise-01", "SP", "delivered", "2017-03-01 09:00:00", "2017-03-02 10:00:00", "2017-03-05 10:00:00", "2017-03-10 00:00:00"),
        new("bt-promise-02", "SP", "delivered", "2017-03-01 10:00:00", "2017-03-02 11:00:00", "2017-03-10 23:00:00", "2017-03-10 00:00:00"),
        new("bt-promise-03", "SP", "delivered", "2017-03-01 11:00:00", "2017-03-02 12:00:00", "2017-03-11 09:00:00", "2017-03-10 00:00:00"),
        new("bt-promise-04", "RJ", "delivered", "2017-03-03 09:00:00", "2017-03-04 09:00:00", "2017-03-20 12:00:00", "2017-03-15 00:00:00"),
        new("bt-promise-05", "RJ", "shipped", "2017-03-01 08:00:00", "2017-03-02 08:00:00", null, "2017-03-12 00:00:00"),
        new("bt-promise-06", "MG", "delivered", "2017-03-02 09:00:00", "2017-03-03 09:00:00", "2017-03-08 15:00:00", "2017-03-09 00:00:00"),
    ];

    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var orders = new StringBuilder("order_id,customer_id,order_status,order_purchase_timestamp,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date\n");
        var customers = new StringBuilder("customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state\n");
        var items = new StringBuilder("order_id,order_item_id,product_id,seller_id,price\n");
        foreach (var o in Orders)
        {
            orders.Append(CultureInfo.InvariantCulture, $"{o.Id},c-{o.Id},{o.Status},{o.Purchased},{o.Shipped},{o.Delivered},{o.Estimated}\n");
            customers.Append(CultureInfo.InvariantCulture, $"c-{o.Id},u-{o.Id},01000,cidade-{o.State},{o.State}\n");
            items.Append(CultureInfo.InvariantCulture, $"{o.Id},1,bt-product,bt-seller,100.00\n");
        }
        File.WriteAllText(Path.Combine(directory, "olist_orders_dataset.csv"), orders.ToString());
        File.WriteAllText(Path.Combine(directory, "olist_customers_dataset.csv"), customers.ToString());
        File.WriteAllText(Path.Combine(directory, "olist_order_items_dataset.csv"), items.ToString());
    }

    private static DateOnly Day(string localTime) => DateOnly.ParseExact(localTime[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
