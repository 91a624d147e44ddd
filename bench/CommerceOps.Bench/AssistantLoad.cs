using System.Diagnostics;
using System.Text.Json;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Service;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Bench;

/// <summary>
/// The assistant over a SQLite store of N products (default 100,000): each question loads one SKU's facts through a fresh
/// context (as a request would) and answers. Baseline: the same SKU row read with a raw parameterised SQLite query.
/// </summary>
public static class AssistantLoad
{
    private static readonly string[] Questions =
    [
        "含酒精吗", "Does it contain alcohol?", "保质期多久", "What is the shelf life?", "产地是哪里", "Where is it made?", "保修多久",
        "How long is the warranty?", "能效等级是几级", "多少毫升", "成分是什么", "有香精吗", "孕妇可以用吗", "重量是多少", "包安装吗",
    ];

    public static async Task<int> RunAsync(Options options)
    {
        var dir = options.Require("dir");
        var products = options.Int("products", 100_000, 1_000, 2_000_000);
        var questions = options.Int("questions", 20_000, 100, 1_000_000);
        var storage = StorageOptions.Resolve(dir, null);
        await using (var db = StorageServiceCollectionExtensions.CreateContext(storage))
        {
            await db.MigrateAsync();
            if (await db.Products.CountAsync() < products) await FillAsync(storage, products);
        }

        var random = new Random(7);
        var skus = Enumerable.Range(0, questions).Select(_ => $"BP{random.Next(products):D7}").ToArray();
        var asked = Enumerable.Range(0, questions).Select(_ => Questions[random.Next(Questions.Length)]).ToArray();
        var assistant = new ServiceAssistant(ReturnPolicy.Default);

        async Task<double> AskAsync(int i)
        {
            var started = Stopwatch.GetTimestamp();
            await using var db = StorageServiceCollectionExtensions.CreateContext(storage);
            var answer = await new AssistantService(new AssistantFacts(db), assistant, TimeProvider.System).AskAsync(asked[i], skus[i], null, [], CancellationToken.None);
            if (answer.Text.Length == 0) throw new BenchException("empty answer");
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, StorageOptions.SqliteFileName), Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        double RawLookup(int i)
        {
            var started = Stopwatch.GetTimestamp();
            using var c = new SqliteConnection(connection);
            c.Open();
            using var command = c.CreateCommand();
            command.CommandText = "SELECT s.code, s.specification, p.title, p.attributes, p.ingredients FROM skus s JOIN products p ON p.id = s.product_id WHERE s.code = $code";
            command.Parameters.AddWithValue("$code", skus[i]);
            using var reader = command.ExecuteReader();
            if (!reader.Read()) throw new BenchException($"no row for {skus[i]}");
            _ = reader.GetString(3);
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var warmup = Math.Min(2_000, questions / 5);
        for (var i = 0; i < warmup; i++) { await AskAsync(i); RawLookup(i); }
        var assistantTimes = new Latencies();
        var rawTimes = new Latencies();
        for (var i = 0; i < questions; i++)
        {
            assistantTimes.Add(await AskAsync(i));
            rawTimes.Add(RawLookup(i));
        }
        assistantTimes = Latencies.Merge([assistantTimes]);
        rawTimes = Latencies.Merge([rawTimes]);
        var result = new
        {
            products, questions,
            p50Ms = assistantTimes.Percentile(50), p99Ms = assistantTimes.Percentile(99),
            rawP50Ms = rawTimes.Percentile(50), rawP99Ms = rawTimes.Percentile(99),
        };
        await File.WriteAllTextAsync(options.Require("out"), JsonSerializer.Serialize(result));
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Products built from the demo templates (with their attributes and ingredient lists), SKU codes BP0000000….</summary>
    private static async Task FillAsync(StorageOptions storage, int count)
    {
        var random = new DemoRandom(11);
        var now = DateTimeOffset.UtcNow;
        var categoryIds = new Dictionary<string, long>();
        await using (var db = StorageServiceCollectionExtensions.CreateContext(storage))
        {
            foreach (var level in DemoCatalog.Categories.GroupBy(c => c.ParentCode is null))
            {
                var added = level.Select(c => new Category(c.Code, c.Name, c.NameEn, c.ParentCode is null ? null : categoryIds[c.ParentCode])).ToList();
                db.Categories.AddRange(added);
                await db.SaveChangesAsync();
                foreach (var c in added) categoryIds[c.Code] = c.Id;
            }
        }
        const int batch = 5_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = StorageServiceCollectionExtensions.CreateContext(storage);
            for (var n = start; n < Math.Min(count, start + batch); n++)
            {
                var t = DemoCatalog.Templates[n % DemoCatalog.Templates.Length];
                var attributes = (t.AttributeChoices ?? new Dictionary<string, string[]>()).ToDictionary(a => a.Key, a => random.Pick(a.Value));
                DemoServiceAttributes.AddTo(attributes, t.CategoryCode, t.Stocking, random);
                var product = new Product($"{random.Pick(t.Brands)} {random.Pick(t.Names)} {n}", categoryIds[t.CategoryCode], now);
                product.Describe(null, "", attributes, t.Ingredients is { } lists ? random.Pick(lists) : []);
                product.AddSku($"BP{n:D7}", random.Pick(t.Specs), Money.Cny(t.MinPrice), now);
                product.Publish();
                db.Products.Add(product);
            }
            await db.SaveChangesAsync();
        }
    }
}
