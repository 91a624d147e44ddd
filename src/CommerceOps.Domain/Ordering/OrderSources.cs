namespace CommerceOps.Domain.Ordering;

/// <summary>Where an order came from: the platform itself, the demo generator, or an importer.</summary>
public static class OrderSources
{
    public const string Platform = "platform";
    public const string Demo = "demo";
    public const string NativeCsv = "native_csv";
    public const string OnlineRetail = "online_retail";
    public const string Olist = "olist";
}
