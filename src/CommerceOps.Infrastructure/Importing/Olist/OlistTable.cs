namespace CommerceOps.Infrastructure.Importing.Olist;

/// <summary>One table of the Olist export: its file name (plain or .gz), the columns the import reads, whether it must be there.</summary>
public sealed record OlistTable(string FileName, bool Required, params string[] Columns)
{
    public static readonly OlistTable Orders = new("olist_orders_dataset.csv", true,
        "order_id", "customer_id", "order_status", "order_purchase_timestamp", "order_delivered_carrier_date",
        "order_delivered_customer_date", "order_estimated_delivery_date");
    public static readonly OlistTable Customers = new("olist_customers_dataset.csv", true,
        "customer_id", "customer_unique_id", "customer_city", "customer_state");
    public static readonly OlistTable Items = new("olist_order_items_dataset.csv", false, "order_id", "product_id", "seller_id", "price");
    public static readonly OlistTable Payments = new("olist_order_payments_dataset.csv", false, "order_id", "payment_type", "payment_value");
    public static readonly OlistTable Reviews = new("olist_order_reviews_dataset.csv", false, "review_id", "order_id", "review_score");
    public static readonly OlistTable Products = new("olist_products_dataset.csv", false, "product_id", "product_category_name");
    public static readonly OlistTable Sellers = new("olist_sellers_dataset.csv", false, "seller_id", "seller_state");

    /// <summary>The table's file in <paramref name="directory"/>, or null when it is not there.</summary>
    public string? Find(string directory) =>
        new[] { FileName, FileName + ".gz" }.Select(n => Path.Combine(directory, n)).FirstOrDefault(File.Exists);
}
