using CommerceOps.Cli;

namespace CommerceOps.Infrastructure.Tests.Cli;

/// <summary><c>commerceops compliance scan --in --out</c> end to end, in-process.</summary>
public sealed class ComplianceScanCommandTests : IDisposable
{
    private const string Header = "product_id,category,title,description";
    private readonly TempFiles _files = new();

    private string Out => Path.Combine(_files.Directory, "findings.csv");

    private async Task<(int ExitCode, string Output, string Error)> ScanAsync(string input)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommerceOpsCli.RunAsync(["compliance", "scan", "--in", input, "--out", Out], output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Writes_one_row_per_finding_with_offsets_in_the_original_cell()
    {
        var input = _files.Write("listings.csv",
        [
            Header,
            "P1,beauty,\" 最 好的面膜，祛痘\",\"销量突破100万，限时抢购\"",
            "P2,health_food,深海鱼油,每日两粒",
            "P3,home,收纳盒,第一次使用请清洗；最佳使用方法见说明",
            "P4,3c,\"國家級 品質, \"\"頂級\"\" 耳機\",",
        ]);

        var (code, output, error) = await ScanAsync(input);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        Assert.Contains("4 listings, 7 findings, 3 blocked", output);
        Assert.Equal(
        [
            "product_id,field,start,length,matched,rule_id,severity",
            "P1,title,1,3,最 好,AD-ABS-001,BLOCK",
            "P1,title,8,2,祛痘,AD-MED-002,BLOCK",
            "P1,description,0,8,销量突破100万,AD-CITE-004,WARN",
            "P1,description,9,4,限时抢购,AD-FALSE-005,WARN",
            "P2,description,4,0,,AD-HEALTHFOOD-003,BLOCK",
            "P4,title,0,3,國家級,AD-ABS-001,BLOCK",
            "P4,title,9,2,頂級,AD-ABS-001,BLOCK",
        ], await File.ReadAllLinesAsync(Out, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Bad_rows_name_line_and_column_exit_2_and_write_nothing()
    {
        var input = _files.Write("bad.csv", [Header, "P1,home,收纳盒,好用", ",toys,玩具,", "P3,beauty,面膜,补水"]);

        var (code, _, error) = await ScanAsync(input);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("line 3, column product_id: is empty", error);
        Assert.Contains("line 3, column category: 'toys' is not one of beauty, food, health_food", error);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public async Task A_header_without_the_description_column_exits_2()
    {
        var (code, _, error) = await ScanAsync(_files.Write("short.csv", ["product_id,category,title", "P1,home,x"]));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("line 1, column description: missing from the header", error);
    }

    [Fact]
    public async Task A_missing_input_file_exits_2() =>
        Assert.Equal(ExitCodes.BadInput, (await ScanAsync(Path.Combine(_files.Directory, "nope.csv"))).ExitCode);

    public void Dispose() => _files.Dispose();
}
