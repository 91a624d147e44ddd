using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CommerceOps.Bench;

/// <summary>
/// The real purchase over loopback HTTP: N workers, each as its own customer, loop
/// <c>POST /api/v1/orders</c> then <c>POST /api/v1/orders/{number}/payments</c> until the duration or the order
/// count runs out. Reports paid orders per second and the latency of the whole purchase (both calls).
/// With <c>--payment cash_on_delivery</c> a purchase is the one call, whose order is confirmed for cash on delivery
/// in the same transaction: what a purchase costs when it is one request and one transaction.
/// </summary>
public static class CheckoutLoad
{
    private sealed class SkuPool(IReadOnlyList<string> codes)
    {
        private readonly int[] _soldOut = new int[codes.Count];
        private int _remaining = codes.Count;

        public bool Empty => Volatile.Read(ref _remaining) == 0;

        public int Count => codes.Count;

        /// <summary>A SKU that still had stock, or null when every SKU is sold out.</summary>
        public string? Pick(Random random)
        {
            for (var attempt = 0; attempt < codes.Count * 2 && !Empty; attempt++)
            {
                var i = random.Next(codes.Count);
                if (Volatile.Read(ref _soldOut[i]) == 0) return codes[i];
            }
            return null;
        }

        public void MarkSoldOut(string code)
        {
            for (var i = 0; i < codes.Count; i++)
                if (codes[i] == code && Interlocked.Exchange(ref _soldOut[i], 1) == 0) Interlocked.Decrement(ref _remaining);
        }
    }

    private sealed class Counters
    {
        public int Started;
        public int Completed;
        public int SoldOut;
        public readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Errors = new();
        public int Logged;
    }

    public static async Task<int> RunAsync(Options options)
    {
        var url = options.LoopbackUrl();
        var data = options.Require("data");
        var workers = options.Int("workers", 8, 1, 256);
        var duration = options.Int("duration", 30, 1, 600);
        var warmup = options.Int("warmup", 5, 0, 120);
        var maxOrders = options.Int("max-orders", 200_000, 1, 5_000_000);
        var restock = options.Int("restock", 1_000_000, 0, 100_000_000);
        var maxSkus = options.Int("skus", 200, 1, 10_000);
        var label = options.Get("label") ?? "checkout";
        var payment = options.Get("payment") ?? QuickPay;
        if (payment is not (QuickPay or CashOnDelivery)) throw new BenchException($"--payment is {QuickPay} or {CashOnDelivery}, not '{payment}'");
        var credentials = DemoCredentials.Load(data);

        using var client = Api.CreateClient(url, workers, credentials.StorefrontApiKey);
        await Api.WaitForHealthAsync(client, TimeSpan.FromSeconds(60));

        var skus = await LoadSkusAsync(client, maxSkus);
        if (skus.Count == 0) throw new BenchException("the catalog has no domestic SKU with stock: is the demo data set seeded in this data directory?");
        if (restock > 0) await RestockAsync(url, credentials, skus, restock, options.Get("warehouse"));
        var pool = new SkuPool(skus);

        var run = Guid.NewGuid().ToString("N")[..8];
        var customers = new string[workers];
        for (var w = 0; w < workers; w++) customers[w] = await CreateCustomerAsync(client, $"bench-{run}-{w:D3}", w);

        Console.Error.WriteLine($"bench: {label}: {skus.Count} SKUs, {workers} workers, warm-up {warmup}s, measure {duration}s or {maxOrders} orders");
        if (warmup > 0) await RunPhaseAsync(client, pool, customers, payment, TimeSpan.FromSeconds(warmup), maxOrders, new Counters());

        var counters = new Counters();
        var stopwatch = Stopwatch.StartNew();
        var latencies = await RunPhaseAsync(client, pool, customers, payment, TimeSpan.FromSeconds(duration), maxOrders, counters);
        var elapsed = stopwatch.Elapsed.TotalSeconds;

        var result = new
        {
            benchmark = "checkout",
            label,
            payment,
            workers,
            seconds = Math.Round(elapsed, 2),
            // Completed purchases: paid for quick pay, confirmed for cash on delivery.
            orders = counters.Completed,
            paidOrders = payment == QuickPay ? counters.Completed : 0,
            ordersPerSecond = Math.Round(counters.Completed / elapsed, 1),
            p50Ms = latencies.Percentile(50),
            p90Ms = latencies.Percentile(90),
            p99Ms = latencies.Percentile(99),
            maxMs = latencies.Percentile(100),
            soldOutResponses = counters.SoldOut,
            errors = counters.Errors,
            stoppedBecauseSoldOut = pool.Empty,
        };
        var json = JsonSerializer.Serialize(result, Api.Json);
        Console.WriteLine(json);
        if (options.Get("out") is { } outFile) await File.WriteAllTextAsync(outFile, json);
        return counters.Completed > 0 ? 0 : 1;
    }

    private const string QuickPay = "quick_pay";
    private const string CashOnDelivery = "cash_on_delivery";

    private static async Task<Latencies> RunPhaseAsync(HttpClient client, SkuPool pool, string[] customers, string payment, TimeSpan duration, int maxOrders, Counters counters)
    {
        using var cts = new CancellationTokenSource(duration);
        var parts = await Task.WhenAll(customers.Select((customer, w) => Task.Run(() => WorkerAsync(client, pool, customer, payment, w, maxOrders, counters, cts.Token))));
        return Latencies.Merge(parts);
    }

    private static async Task<Latencies> WorkerAsync(HttpClient client, SkuPool pool, string customer, string payment, int worker, int maxOrders, Counters counters, CancellationToken stop)
    {
        var latencies = new Latencies();
        var random = new Random(worker * 7919 + Environment.TickCount);
        var consecutiveErrors = 0;
        while (!stop.IsCancellationRequested && Interlocked.Increment(ref counters.Started) <= maxOrders && consecutiveErrors < 50)
        {
            var sku = pool.Pick(random);
            if (sku is null) break;
            var started = Stopwatch.GetTimestamp();
            try
            {
                var order = new
                {
                    customerCode = customer,
                    channel = "organic",
                    paymentMethod = payment,
                    address = new { recipient = "压测用户", phone = "13800000000", province = "浙江省", city = "杭州市", district = "西湖区", line = "文三路 1 号" },
                    remarks = "bench",
                    lines = new[] { new { sku, quantity = 1 } },
                };
                using var placeRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(order, options: Api.Json) };
                placeRequest.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                using var placed = await client.SendAsync(placeRequest, CancellationToken.None);
                if ((placed.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity) && await IsOutOfStockAsync(placed))
                {
                    Interlocked.Increment(ref counters.SoldOut);
                    pool.MarkSoldOut(sku);
                    continue;
                }
                if (placed.StatusCode != HttpStatusCode.Created) { await RecordErrorAsync(counters, "order", placed); consecutiveErrors++; continue; }
                var placedBody = await Api.ReadJsonAsync(placed);
                if (payment == CashOnDelivery)
                {
                    Complete(placedBody?["status"]?.GetValue<string>(), "cod_confirmed", "order");
                    continue;
                }
                var number = placedBody?["number"]?.GetValue<string>() ?? throw new BenchException("order response without a number");

                using var payRequest = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orders/{Uri.EscapeDataString(number)}/payments")
                {
                    Content = JsonContent.Create(new { token = $"tok_ok_bench_{worker}" }, options: Api.Json),
                };
                payRequest.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                using var paid = await client.SendAsync(payRequest, CancellationToken.None);
                if (!paid.IsSuccessStatusCode) { await RecordErrorAsync(counters, "payment", paid); consecutiveErrors++; continue; }
                var paidBody = await Api.ReadJsonAsync(paid);
                Complete((paidBody?["order"]?["status"] ?? paidBody?["status"])?.GetValue<string>(), "paid", "payment");
            }
            catch (HttpRequestException e)
            {
                counters.Errors.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                consecutiveErrors++;
            }
            catch (TaskCanceledException)
            {
                counters.Errors.AddOrUpdate("timeout", 1, (_, n) => n + 1);
                consecutiveErrors++;
            }

            void Complete(string? status, string expected, string step)
            {
                if (!string.Equals(status, expected, StringComparison.OrdinalIgnoreCase))
                {
                    counters.Errors.AddOrUpdate($"{step} status {status}", 1, (_, n) => n + 1);
                    consecutiveErrors++;
                    return;
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref counters.Completed);
                consecutiveErrors = 0;
            }
        }
        return latencies;
    }

    private static async Task<bool> IsOutOfStockAsync(HttpResponseMessage response)
    {
        // The server refuses with 422 "Only N of SKU X available; 1 requested." (InsufficientStockException).
        var body = await response.Content.ReadAsStringAsync();
        return body.Contains("available", StringComparison.OrdinalIgnoreCase) || body.Contains("stock", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task RecordErrorAsync(Counters counters, string step, HttpResponseMessage response)
    {
        counters.Errors.AddOrUpdate($"{step} {(int)response.StatusCode}", 1, (_, n) => n + 1);
        if (Interlocked.Increment(ref counters.Logged) <= 5) Console.Error.WriteLine($"bench: {step} failed: {await Api.DescribeAsync(response)}");
    }

    private static async Task<List<string>> LoadSkusAsync(HttpClient client, int maxSkus)
    {
        var skus = new List<string>();
        for (var page = 1; page <= 50 && skus.Count < maxSkus; page++)
        {
            using var response = await client.GetAsync($"/api/v1/catalog/products?page={page}&pageSize=100");
            if (!response.IsSuccessStatusCode) throw new BenchException($"catalog: {await Api.DescribeAsync(response)}");
            var items = (await Api.ReadJsonAsync(response))?["items"]?.AsArray();
            if (items is null || items.Count == 0) break;
            foreach (var item in items)
                foreach (var sku in item?["skus"]?.AsArray() ?? [])
                    if (sku?["code"]?.GetValue<string>() is { } code && (sku["available"]?.GetValue<int>() ?? 0) > 0
                        && sku["crossBorder"]?.GetValue<bool>() != true && skus.Count < maxSkus)
                        skus.Add(code);
        }
        return skus;
    }

    /// <summary>
    /// Receives stock for the SKUs under test so the run measures checkout, not sold-out responses. Needs a console
    /// user with the admin or supply_chain role from the demo credentials; without one the run uses the stock there is.
    /// </summary>
    private static async Task RestockAsync(Uri url, DemoCredentials credentials, List<string> skus, int quantity, string? warehouse)
    {
        var user = credentials.Users.FirstOrDefault(u => u.Role is "admin") ?? credentials.Users.FirstOrDefault(u => u.Role is "supply_chain");
        if (user is null) { Console.Error.WriteLine("bench: no admin/supply_chain demo user: using existing stock"); return; }
        using var console = await Api.LoginAsync(url, user);
        if (console is null) { Console.Error.WriteLine("bench: using existing stock"); return; }
        warehouse ??= await FirstWarehouseAsync(console);
        var received = 0;
        foreach (var sku in skus)
        {
            using var response = await console.PostAsJsonAsync("/api/v1/inventory/receipts", new { sku, warehouse, quantity }, Api.Json);
            if (response.IsSuccessStatusCode) { received++; continue; }
            Console.Error.WriteLine($"bench: stock receipt failed ({await Api.DescribeAsync(response)}): using existing stock");
            return;
        }
        Console.Error.WriteLine($"bench: received {quantity} units for each of {received} SKUs into {warehouse ?? "the default warehouse"}");
    }

    private static async Task<string?> FirstWarehouseAsync(HttpClient console)
    {
        using var response = await console.GetAsync("/api/v1/inventory/warehouses");
        if (!response.IsSuccessStatusCode) return null;
        var node = await Api.ReadJsonAsync(response);
        var list = node as JsonArray ?? node?["items"]?.AsArray();
        var first = list?.FirstOrDefault(w => w?["kind"]?.GetValue<string>() is null or "own") ?? list?.FirstOrDefault();
        return first?["code"]?.GetValue<string>();
    }

    private static async Task<string> CreateCustomerAsync(HttpClient client, string code, int worker)
    {
        var body = new { code, name = $"压测用户{worker}", phone = $"139{worker:D8}", registrationChannel = "organic" };
        using var response = await client.PostAsJsonAsync("/api/v1/customers", body, Api.Json);
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict) return code;
        throw new BenchException($"creating customer {code}: {await Api.DescribeAsync(response)}");
    }
}
