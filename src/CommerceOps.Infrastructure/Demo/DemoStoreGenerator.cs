using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Marketing.Content;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Generates a believable Chinese shop into an empty store: catalog with price history, warehouses of all three kinds
/// with stock received through the ledger, customers across provinces, ~120 days of orders with weekly, seasonal and
/// hour-of-day patterns, and behaviour events with a realistic funnel. The same seed and the same "now" give the same
/// data. Orders are built through the domain (<see cref="Order.Import"/> and its transitions) and written with
/// prepared INSERTs. At the demo scale everything is one transaction and order events go to the outbox, so the
/// projector fills the DuckDB facts. At the large scale rows are committed in chunks and orders skip the outbox: their
/// facts are appended to DuckDB directly (<see cref="DemoOrderFactAppender"/>). Behaviour events always go straight to
/// DuckDB through its appender.
/// </summary>
public sealed class DemoStoreGenerator(CommerceDbContext db, AnalyticsStore analytics, TimeProvider time)
{
    public const int DefaultSeed = 20_261_111;

    private static readonly (string Channel, double Weight)[] ChannelShares =
    [
        (Channels.Organic, 38), (Channels.Paid, 22), (Channels.Private, 15), (Channels.Live, 15), (Channels.ShortVideo, 10),
    ];

    /// <summary>
    /// Rows are committed every this many customers or orders, so the large scale never builds one giant transaction;
    /// the demo scale fits in one chunk and is therefore written all-or-nothing.
    /// </summary>
    private const int RowsPerCommit = 100_000;

    private static readonly string[] CancelReasons = ["不想要了", "拍错了/多拍了", "地址填写错误", "找到更便宜的", "发货太慢"];

    /// <summary>True while the store has no orders, customers or products: the only time a demo store may be generated.</summary>
    public async Task<bool> IsStoreEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Orders.AnyAsync(cancellationToken) && !await db.Customers.AnyAsync(cancellationToken) && !await db.Products.AnyAsync(cancellationToken);

    /// <param name="sizes">
    /// Test and benchmark hook: runs a scale's code path at other sizes (e.g. the large path at a tiny size). Not part of the CLI.
    /// </param>
    public async Task<DemoFacts> GenerateAsync(
        DemoScale scale, int seed = DefaultSeed, IProgress<DemoProgress>? progress = null, CancellationToken cancellationToken = default,
        DemoScaleSettings? sizes = null)
    {
        var started = time.GetTimestamp();
        var settings = sizes ?? DemoScaleSettings.For(scale);
        var large = scale == DemoScale.Large;
        var dataDirectory = Path.GetDirectoryName(analytics.Path)!;
        await EnsureStoreAcceptsAsync(large, dataDirectory, cancellationToken);

        var random = new DemoRandom(seed);
        var to = time.GetUtcNow();
        var from = to - TimeSpan.FromDays(settings.Days);
        var calendar = new DemoCalendar(from, to);
        var marker = new DemoGenerationMarker(scale.ToString().ToLowerInvariant(), seed, to, null);
        if (large) marker.Write(dataDirectory);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // The large scale loads with SQLite tuned for bulk writes; the marker covers a crash meanwhile.
        var bulkLoad = large ? await SqliteBulkLoad.BeginAsync(db, cancellationToken) : null;
        try
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
            var phase = time.GetTimestamp();
            TimeSpan Lap()
            {
                var elapsed = time.GetElapsedTime(phase);
                phase = time.GetTimestamp();
                return elapsed;
            }

            progress?.Report(new DemoProgress("catalog", 0, 1));
            var (catalog, brands, products, priceDrops) = await WriteCatalogAsync(random, from, to, cancellationToken);
            var (warehouses, stockItems) = await WriteWarehousesAndStockAsync(random, catalog, from, cancellationToken);
            await DemoListingClaims.WriteAsync(db, cancellationToken);
            progress?.Report(new DemoProgress("catalog", 1, 1));
            var catalogTime = Lap();
            var customers = await WriteCustomersAsync(random, large, settings, from, to, progress, cancellationToken);
            var customersTime = Lap();
            var orders = await WriteOrdersAsync(random, large, settings, calendar, catalog, customers, to, progress, cancellationToken);
            if (!large) await SeedAlertRulesAsync(to, cancellationToken);
            if (!large) await new DemoReturns(db, dataDirectory).WriteAsync(new DemoRandom(seed + 2), to, cancellationToken);
            DemoTickets.Add(db, customers, seed + 2, to);
            await new DemoBrandRights(db, dataDirectory).WriteAsync(to, cancellationToken);
            DemoPrivacyRequests.Add(db, customers, to);
            await DemoPromotions.WriteAsync(db, to, cancellationToken);
            if (!large) await new DemoSelection(db, new DemoRandom(seed + 3), catalog, to).WriteAsync(customers, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await db.Database.CommitTransactionAsync(cancellationToken);
            var ordersTime = Lap();

            var events = new DemoBehaviourEvents(new DemoRandom(seed + 1), calendar, catalog, customers, settings.Sessions, progress).Generate();
            // At the large scale events are generated on one core while the other appends them.
            var eventCount = await analytics.AppendBehaviourEventsAsync(large ? Prefetched.Of(events) : events, cancellationToken);
            eventCount += await analytics.AppendBehaviourEventsAsync(new DemoPaymentIncident(new DemoRandom(seed + 2), to).Generate(), cancellationToken);
            // Sessions are generated one after another at random times; a live store holds its events in arrival order.
            await analytics.SortBehaviourEventsByTimeAsync(cancellationToken);
            var eventsTime = Lap();
            await new DemoContent(db, new ContentTouchLog(analytics), new DemoRandom(seed + 2), catalog, customers, to).WriteAsync(cancellationToken);
            // The generated events sit in the WAL until a checkpoint; written into the file now, the first commits after a
            // fresh start (ingestion batches) don't pay for compressing the whole demo.
            await analytics.CheckpointAsync(cancellationToken);
            if (large) (marker with { CompletedAt = time.GetUtcNow() }).Write(dataDirectory);
            return new DemoFacts(
                scale, seed, from, to, DemoCatalog.Categories.Length, brands, products, catalog.Count, priceDrops, warehouses, stockItems,
                customers.Count, orders.Orders, orders.Lines, orders.Cancelled, orders.CashOnDelivery, eventCount, settings.Sessions,
                customers[0].Code, orders.FirstNumber, time.GetElapsedTime(started),
                new DemoPhaseTimes(catalogTime, customersTime, ordersTime, eventsTime));
        }
        catch
        {
            if (db.Database.CurrentTransaction is not null) await db.Database.RollbackTransactionAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            if (bulkLoad is not null) await bulkLoad.DisposeAsync();
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>The demo's alert rules; one of them catches <see cref="DemoPaymentIncident"/>.</summary>
    private async Task SeedAlertRulesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var spec in (AlertRuleSpec[])[DemoPaymentIncident.PaymentRule, .. DemoPaymentIncident.OtherRules])
            db.AlertRules.Add(new AlertRule(spec, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Refuses a store that is not empty or that an interrupted large run left partial, and the large scale on
    /// PostgreSQL (its fast path writes SQLite only).
    /// </summary>
    private async Task EnsureStoreAcceptsAsync(bool large, string dataDirectory, CancellationToken cancellationToken)
    {
        if (DemoGenerationMarker.Read(dataDirectory) is { IsComplete: false } unfinished)
            throw new DemoStoreRefusedException(
                $"A previous 'generate --scale {unfinished.Scale}' into {dataDirectory} started at {unfinished.StartedAt:u} and did not finish, " +
                "so the store holds part of a data set. Delete the data directory (or use another one) and generate again.");
        if (!await IsStoreEmptyAsync(cancellationToken))
            throw new DemoStoreRefusedException("The store already holds commerce data; generate the demo store into an empty data directory.");
        if (large && !db.IsSqlite)
            throw new DemoStoreRefusedException(
                "The large scale is generated into the embedded SQLite store only; unset ConnectionStrings__Commerce to generate it.");
    }

    private async Task<(List<DemoSku> Skus, int Brands, int Products, int PriceDrops)> WriteCatalogAsync(
        DemoRandom random, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var categoryIds = new Dictionary<string, long>();
        foreach (var level in DemoCatalog.Categories.GroupBy(c => c.ParentCode is null))
        {
            var added = level.Select(c => new Category(c.Code, c.Name, c.NameEn, c.ParentCode is null ? null : categoryIds[c.ParentCode])).ToList();
            db.Categories.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var c in added) categoryIds[c.Code] = c.Id;
        }

        var brands = DemoCatalog.Templates.SelectMany(t => t.Brands).Distinct().Select(b => new Brand(b, $"{b}品牌授权方")).ToList();
        db.Brands.AddRange(brands);
        await db.SaveChangesAsync(cancellationToken);
        var brandIds = brands.ToDictionary(b => b.Name, b => b.Id);

        var products = new List<(Product Product, DemoProductTemplate Template)>();
        var skuNumber = 0;
        var priceDrops = 0;
        var window = (to - from).TotalMinutes;
        var serviceAttributes = new DemoRandom(DemoServiceAttributes.Seed);
        foreach (var template in DemoCatalog.Templates)
        {
            foreach (var name in template.Names)
            {
                var chosen = template.Brands.Where(_ => random.Chance(0.7)).ToList();
                if (chosen.Count == 0) chosen.Add(random.Pick(template.Brands));
                foreach (var brand in chosen)
                {
                    var createdAt = from - TimeSpan.FromDays(random.Between(10, 400));
                    var product = new Product($"{brand} {name}", categoryIds[template.CategoryCode], createdAt, $"{brand}{name}，正品保障，7天无理由退换。", brandIds[brand]);
                    var attributes = (template.AttributeChoices ?? new Dictionary<string, string[]>())
                        .ToDictionary(a => a.Key, a => random.Pick(a.Value));
                    DemoServiceAttributes.AddTo(attributes, template.CategoryCode, template.Stocking, serviceAttributes);
                    product.Describe(name, product.Description, attributes, template.Ingredients is { } lists ? random.Pick(lists) : []);
                    var basePrice = PriceBetween(random, template.MinPrice, template.MaxPrice);
                    for (var s = 0; s < template.Specs.Length; s++)
                    {
                        var price = s == 0 ? basePrice : ShopPrice(basePrice * (1m + 0.6m * s));
                        var sku = product.AddSku($"DM{++skuNumber:D5}", template.Specs[s], Money.Cny(price), createdAt, template.Stocking == DemoStocking.Bonded);
                        if (random.Chance(0.15))
                        {
                            // A price drop inside the window: what "an item you viewed dropped in price" triggers on.
                            sku.ChangePrice(ShopPrice(price * (decimal)(0.78 + 0.14 * random.NextDouble())), from + TimeSpan.FromMinutes(window * random.NextDouble()));
                            priceDrops++;
                        }
                    }
                    product.Publish();
                    products.Add((product, template));
                }
            }
        }
        db.Products.AddRange(products.Select(p => p.Product));
        await db.SaveChangesAsync(cancellationToken);

        var skus = new List<DemoSku>();
        foreach (var (product, template) in products)
            foreach (var sku in product.Skus)
            {
                var change = sku.PriceHistory.Count > 1 ? sku.PriceHistory[^1] : null;
                skus.Add(new DemoSku(sku.Id, sku.Code, product.Title + " " + sku.Specification, template.CategoryCode, template.Stocking, sku.Price,
                    change?.OldPrice, change?.ChangedAt, 0));
            }
        db.ChangeTracker.Clear();
        return (skus, brands.Count, products.Count, priceDrops);
    }

    private async Task<(int Warehouses, int StockItems)> WriteWarehousesAndStockAsync(
        DemoRandom random, List<DemoSku> skus, DateTimeOffset from, CancellationToken cancellationToken)
    {
        Warehouse[] own =
        [
            new("WH-SH", "上海嘉定仓", WarehouseKind.Own, "上海", "上海"),
            new("WH-GZ", "广州白云仓", WarehouseKind.Own, "广东", "广州"),
            new("WH-BJ", "北京大兴仓", WarehouseKind.Own, "北京", "北京"),
            new("WH-CD", "成都双流仓", WarehouseKind.Own, "四川", "成都"),
        ];
        var cloud = new Warehouse("WH-CLOUD-SZ", "深圳数码供应商云仓", WarehouseKind.SupplierCloud, "广东", "深圳", "深圳华强数码供应链有限公司");
        var bonded = new Warehouse("WH-BONDED-NB", "宁波保税仓", WarehouseKind.Bonded, "浙江", "宁波");
        db.Warehouses.AddRange([.. own, cloud, bonded]);
        await db.SaveChangesAsync(cancellationToken);

        var items = new List<StockItem>();
        for (var i = 0; i < skus.Count; i++)
        {
            var sku = skus[i];
            IEnumerable<Warehouse> holders = sku.Stocking switch
            {
                DemoStocking.SupplierCloud => [cloud],
                DemoStocking.Bonded => [bonded],
                _ => own.Skip(random.Between(0, 1)).Take(random.Between(2, 3)),
            };
            var receivedAt = from - TimeSpan.FromDays(random.Between(1, 20));
            foreach (var warehouse in holders)
            {
                var item = new StockItem(sku.Id, sku.Code, warehouse.Id, warehouse.Code);
                var units = sku.CategoryCode == "appliances.large" ? random.Between(20, 80) : random.Between(80, 1500);
                item.Receive(units, $"PO-{warehouse.Code}-{i + 1:D5}", receivedAt);
                items.Add(item);
            }
            skus[i] = sku with { WarehouseId = items[^1].WarehouseId };
        }
        db.StockItems.AddRange(items);
        db.StockMovements.AddRange(items.SelectMany(i => i.NewMovements));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (own.Length + 2, items.Count);
    }

    private async Task<List<DemoCustomer>> WriteCustomersAsync(
        DemoRandom random, bool large, DemoScaleSettings settings, DateTimeOffset from, DateTimeOffset to, IProgress<DemoProgress>? progress,
        CancellationToken cancellationToken)
    {
        var customers = new List<DemoCustomer>(settings.Customers);
        // Large: ids assigned up front (the store is empty) and customers generated on one core while the other writes them.
        using var writer = new CustomerBulkWriter(db, assignIdsFrom: large ? 1 : null);
        var generated = GenerateCustomers(random, settings, from, to);
        foreach (var (customer, city, registeredAt) in large ? Prefetched.Of(generated) : generated)
        {
            var id = await writer.WriteAsync(customer, cancellationToken);
            customers.Add(new DemoCustomer(id, customer.Code, city, customer.Addresses[0].Address, registeredAt));
            if (customers.Count % 10_000 == 1) progress?.Report(new DemoProgress("customers", customers.Count - 1, settings.Customers));
            if (customers.Count % RowsPerCommit == 0) await CommitChunkAsync(cancellationToken);
        }
        progress?.Report(new DemoProgress("customers", settings.Customers, settings.Customers));
        return customers;
    }

    private static IEnumerable<(Customer Customer, DemoCity City, DateTimeOffset RegisteredAt)> GenerateCustomers(
        DemoRandom random, DemoScaleSettings settings, DateTimeOffset from, DateTimeOffset to)
    {
        var cities = new WeightedChoice<DemoCity>(DemoRegions.Cities.Select(c => (c, c.Weight)));
        var channels = new WeightedChoice<string>(ChannelShares.Select(c => (c.Channel, c.Weight)));
        for (var i = 0; i < settings.Customers; i++)
        {
            var city = cities.Next(random);
            var name = random.Pick(DemoRegions.Surnames) + random.Pick(DemoRegions.GivenNameCharacters)
                + (random.Chance(0.6) ? random.Pick(DemoRegions.GivenNameCharacters) : "");
            var phone = random.Pick(DemoRegions.MobilePrefixes) + random.Digits(8);
            // Most customers registered before the window; about one in six is new during it.
            var registeredAt = random.Chance(0.83)
                ? from - TimeSpan.FromDays(random.Between(1, 900))
                : from + (to - from) * random.NextDouble();
            var customer = new Customer($"C{i + 1:D7}", name, channels.Next(random), registeredAt, phone);
            var address = new PostalAddress(name, phone, city.Province, city.City, random.Pick(city.Districts),
                $"{random.Pick(DemoRegions.Roads)}{random.Between(1, 999)}号{random.Between(1, 30)}栋{random.Between(101, 2803)}室");
            customer.AddAddress(address);
            if (random.Chance(0.2)) customer.SetMembershipTier(random.Chance(0.7) ? MembershipTiers.Silver : random.Chance(0.7) ? MembershipTiers.Gold : MembershipTiers.Platinum);
            if (random.Chance(0.62)) customer.GrantConsent("marketing", "sms", "registration", registeredAt);
            if (random.Chance(0.1)) customer.WithdrawConsent("marketing", "sms", registeredAt + TimeSpan.FromDays(random.Between(1, 60)));
            yield return (customer, city, registeredAt);
        }
    }

    private sealed record OrderCounts(int Orders, int Lines, int Cancelled, int CashOnDelivery, string FirstNumber);

    /// <summary>Running totals the order generator keeps while it yields orders.</summary>
    private sealed class OrderTally
    {
        public int Lines;
        public int Cancelled;
        public int CashOnDelivery;
    }

    private async Task<OrderCounts> WriteOrdersAsync(
        DemoRandom random, bool large, DemoScaleSettings settings, DemoCalendar calendar, List<DemoSku> catalog, List<DemoCustomer> customers,
        DateTimeOffset now, IProgress<DemoProgress>? progress, CancellationToken cancellationToken)
    {
        // Large orders bypass the outbox and go straight into the DuckDB facts (see DemoOrderFactAppender); their ids are
        // assigned up front (the store is empty) and they are generated on one core while the other writes them.
        using var writer = new OrderBulkWriter(db, writeOutbox: !large, assignIdsFrom: large ? 1 : null);
        using var factConnection = large ? analytics.OpenConnection() : null;
        using var facts = factConnection is null ? null : new DemoOrderFactAppender(factConnection);
        var tally = new OrderTally();
        var generated = GenerateOrders(random, settings, calendar, catalog, customers, now, tally);
        var written = 0;
        string firstNumber = "";
        foreach (var order in large ? Prefetched.Of(generated, chunkSize: 1_024) : generated)
        {
            facts?.Append(order);
            await writer.WriteAsync(order, cancellationToken);
            if (written == 0) firstNumber = order.Number;
            if (written % 10_000 == 0) progress?.Report(new DemoProgress("orders", written, settings.Orders));
            if (++written % RowsPerCommit == 0) await CommitChunkAsync(cancellationToken);
        }
        progress?.Report(new DemoProgress("orders", written, settings.Orders));
        return new OrderCounts(written, tally.Lines, tally.Cancelled, tally.CashOnDelivery, firstNumber);
    }

    private static IEnumerable<Order> GenerateOrders(
        DemoRandom random, DemoScaleSettings settings, DemoCalendar calendar, List<DemoSku> catalog, List<DemoCustomer> customers,
        DateTimeOffset now, OrderTally tally)
    {
        var skusByCategory = catalog.GroupBy(s => s.CategoryCode).ToDictionary(
            g => g.Key,
            // Popularity falls off with rank, so a few SKUs sell most (what ABC classification finds).
            g => new WeightedChoice<DemoSku>(g.Select((s, rank) => (s, 1.0 / Math.Pow(rank + 1, 0.8)))));
        var demand = new DemoDemand(skusByCategory.Keys.ToHashSet());
        var channels = new WeightedChoice<string>(ChannelShares.Select(c => (c.Channel, c.Weight)));
        var lineCounts = new WeightedChoice<int>([(1, 55), (2, 25), (3, 12), (4, 5), (5, 3)]);

        // Orders are written in time order, so ids and outbox order follow the calendar.
        var times = new DateTimeOffset[settings.Orders];
        for (var i = 0; i < times.Length; i++) times[i] = calendar.Sample(random);
        Array.Sort(times);

        var drafts = new List<OrderLineDraft>(5);
        for (var i = 0; i < times.Length; i++)
        {
            var placedAt = times[i];
            var local = DemoCalendar.ToShanghai(placedAt);
            var customer = PickCustomer(random, customers, placedAt);
            drafts.Clear();
            var firstCategory = demand.NextCategory(random, local);
            var count = lineCounts.Next(random);
            for (var l = 0; l < count; l++)
            {
                var category = l == 0 || random.Chance(0.6) ? firstCategory : demand.NextCategory(random, local);
                var sku = skusByCategory[category].Next(random);
                if (drafts.Any(d => d.SkuId == sku.Id)) continue;
                var quantity = category.StartsWith("fresh", StringComparison.Ordinal) ? random.Between(1, 3) : random.Chance(0.9) ? 1 : 2;
                drafts.Add(new OrderLineDraft(sku.Id, sku.Code, sku.Title, sku.CategoryCode, quantity, sku.PriceAt(placedAt), sku.WarehouseId));
            }
            var payment = random.Chance(customer.City.CashOnDeliveryRate) ? PaymentMethod.CashOnDelivery : PaymentMethod.QuickPay;
            var number = $"D{local:yyMMdd}{i + 1:D8}";
            var order = Order.Import(number, customer.Id, customer.Code, OrderSources.Demo, channels.Next(random), OrderStatus.Placed,
                payment, Money.DefaultCurrency, customer.Address, drafts, placedAt);
            if (AdvanceOrder(random, order, firstCategory, now)) tally.Cancelled++;
            if (payment == PaymentMethod.CashOnDelivery) tally.CashOnDelivery++;
            tally.Lines += drafts.Count;
            yield return order;
        }
    }

    private async Task CommitChunkAsync(CancellationToken cancellationToken)
    {
        await db.Database.CommitTransactionAsync(cancellationToken);
        await db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Repeat buyers: low customer numbers buy far more often. A customer registered after the order is swapped for another.</summary>
    private static DemoCustomer PickCustomer(DemoRandom random, List<DemoCustomer> customers, DateTimeOffset at)
    {
        for (var attempt = 0; ; attempt++)
        {
            var customer = customers[(int)(customers.Count * Math.Pow(random.NextDouble(), 1.8))];
            if (customer.RegisteredAt <= at || attempt == 5) return customer;
        }
    }

    /// <summary>Moves the order through the state machine as far as "now" allows. Returns true when it was cancelled.</summary>
    private static bool AdvanceOrder(DemoRandom random, Order order, string category, DateTimeOffset now)
    {
        var at = order.PlacedAt;
        if (random.Chance(0.06))
        {
            at += TimeSpan.FromMinutes(random.Between(2, 240));
            if (at > now) return false;
            order.Cancel(random.Pick(CancelReasons), at);
            return true;
        }
        at += TimeSpan.FromMinutes(random.Between(1, 15));
        if (at > now) return false;
        if (order.PaymentMethod == PaymentMethod.CashOnDelivery) order.ConfirmCashOnDelivery(at);
        else order.MarkPaid(at);

        var fresh = category.StartsWith("fresh", StringComparison.Ordinal);
        at += TimeSpan.FromHours(fresh ? random.Between(2, 12) : random.Between(6, 40));
        if (at > now) return false;
        order.Ship(at);
        at += TimeSpan.FromHours(fresh ? random.Between(10, 30) : random.Between(24, 96));
        if (at > now) return false;
        order.Deliver(at);
        at += TimeSpan.FromDays(7);
        if (at > now) return false;
        order.Complete(at);
        return false;
    }

    private static decimal PriceBetween(DemoRandom random, decimal min, decimal max) =>
        ShopPrice(min + (max - min) * (decimal)random.NextDouble());

    /// <summary>Shop prices end in .9 (59.9, 129.9), as Chinese storefronts price.</summary>
    private static decimal ShopPrice(decimal amount) => Math.Max(0.9m, Math.Floor(amount) + 0.9m);
}
