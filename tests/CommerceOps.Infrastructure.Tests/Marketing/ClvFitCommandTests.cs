using System.Text.Json;
using CommerceOps.Cli;

namespace CommerceOps.Infrastructure.Tests.Marketing;

public sealed class ClvFitCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    [Theory]
    [InlineData("r", 0.2426)]
    [InlineData("alpha", 4.4135)]
    [InlineData("a", 0.7929)]
    [InlineData("b", 2.4258)]
    [InlineData("p", 6.25)]
    [InlineData("q", 3.74)]
    [InlineData("v", 15.45)]
    public async Task Cdnow_reproduces_the_published_fits_within_half_a_percent(string key, double published)
    {
        var output = Path.Combine(_files.Directory, "fit.json");

        var code = await RunAsync("clv", "fit", "--summary", SharedData.CdnowSummaryFile, "--out", output);

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(["r", "alpha", "a", "b", "p", "q", "v"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(published, json.RootElement.GetProperty(key).GetDouble(), published * 0.005);
    }

    [Fact]
    public async Task A_summary_without_zbar_fits_bg_nbd_only()
    {
        var summary = _files.Write("no-zbar.csv", ["ID,x,t_x,T", "1,2,30.43,38.86", "2,1,1.71,38.86", "3,0,0,38.86", "4,0,0,38.86", "5,3,20,38.86"]);
        var output = Path.Combine(_files.Directory, "fit.json");

        Assert.Equal(ExitCodes.Ok, await RunAsync("clv", "fit", "--summary", summary, "--out", output));

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.True(json.RootElement.GetProperty("r").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("p").ValueKind);
    }

    [Fact]
    public async Task A_bad_summary_exits_2_naming_line_and_column()
    {
        var summary = _files.Write("bad.csv", ["ID,x,t_x,T,zbar", "1,2,30.43,38.86,22.35", "2,one,1.71,38.86,11.77", "3,1,40,38.86,5"]);
        var error = new StringWriter();

        var code = await CommerceOpsCli.RunAsync(["clv", "fit", "--summary", summary, "--out", Path.Combine(_files.Directory, "x.json")],
            new StringWriter(), error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("line 3, column x: 'one' is not a non-negative number", error.ToString());
        Assert.Contains("line 4, column t_x: the last purchase (40) is after the end of observation T (38.86)", error.ToString());
    }

    private static Task<int> RunAsync(params string[] args) =>
        CommerceOpsCli.RunAsync(args, new StringWriter(), new StringWriter(), TestContext.Current.CancellationToken);

    public void Dispose() => _files.Dispose();
}
