namespace CommerceOps.Infrastructure.Demo;

/// <summary>What the generator wrote, for the first-start log and for tests. Times are UTC.</summary>
public sealed record DemoFacts(
    DemoScale Scale,
    int Seed,
    DateTimeOffset From,
    DateTimeOffset To,
    int Categories,
    int Brands,
    int Products,
    int Skus,
    int PriceDrops,
    int Warehouses,
    int StockItems,
    int Customers,
    int Orders,
    int OrderLines,
    int CancelledOrders,
    int CashOnDeliveryOrders,
    long BehaviourEvents,
    int Sessions,
    string FirstCustomerCode,
    string FirstOrderNumber,
    TimeSpan Elapsed);
