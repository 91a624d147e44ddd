using CommerceOps.Cli;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Tests.Service;

/// <summary><c>commerceops --data DIR ask --product SKU "问题"</c> prints the answer and the fields it was read from.</summary>
public sealed class AskCommandTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "commerceops-ask-" + Guid.NewGuid().ToString("N"));

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommerceOpsCli.RunAsync(["--data", _data, .. args], output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A data directory whose store holds one toner (SKU TONER-1) with an ingredient list and a shelf life.</summary>
    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = TestStore.OpenContext(StorageOptions.Resolve(_data, null));
        await db.MigrateAsync(ct);
        var category = new Category("beauty.skincare", "护肤", "Skincare");
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        var product = new Product("舒缓修护爽肤水", category.Id, DateTimeOffset.UtcNow);
        product.Describe(null, "", new Dictionary<string, string> { ["保质期"] = "3年" }, ["水", "乙醇", "金缕梅提取物"]);
        product.AddSku("TONER-1", "50ml", Money.Cny(89m), DateTimeOffset.UtcNow);
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Ask_prints_the_answer_with_its_source_fields()
    {
        var alcohol = await RunAsync("ask", "--product", "TONER-1", "含酒精吗");
        var shelfLife = await RunAsync("ask", "--product", "TONER-1", "What is the shelf life?");
        var pregnancy = await RunAsync("ask", "--product", "TONER-1", "孕妇可以用吗");

        Assert.Equal(ExitCodes.Ok, alcohol.ExitCode);
        Assert.Equal("含有酒精（乙醇）：成分表列有「乙醇」。\nSources: product.ingredients\n", alcohol.Output.ReplaceLineEndings("\n"));
        Assert.Contains("Shelf life: 3 years (3年)", shelfLife.Output);
        Assert.Contains("Sources: product.attributes.保质期", shelfLife.Output);
        Assert.Contains("Handed over to an agent", pregnancy.Output);
    }

    [Fact]
    public async Task An_unknown_SKU_exits_2_with_a_message()
    {
        var (code, _, error) = await RunAsync("ask", "--product", "NOPE", "含酒精吗");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("SKU 'NOPE' does not exist.", error);
    }
}
