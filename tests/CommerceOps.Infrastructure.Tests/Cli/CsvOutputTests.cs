using System.Text;
using CommerceOps.Cli;

namespace CommerceOps.Infrastructure.Tests.Cli;

/// <summary>The one CSV writer behind every CLI output: scripts read these bytes, so they are pinned here exactly.</summary>
public sealed class CsvOutputTests : IDisposable
{
    private readonly TempFiles _files = new();

    [Fact]
    public void A_file_is_utf8_without_bom_with_lf_line_ends_quoting_only_where_needed_and_invariant_numbers()
    {
        var path = Path.Combine(_files.Directory, "out.csv");
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE"); // a comma decimal separator must not leak in
        try
        {
            using var csv = new CsvOutput(path);
            csv.Row("sku", "name", "price", "share", "day", "note");
            csv.Row("SKU-1", "帐篷, \"轻量\"", 1234.50m, 0.1 + 0.2, new DateOnly(2026, 11, 11), null);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal("sku,name,price,share,day,note\nSKU-1,\"帐篷, \"\"轻量\"\"\",1234.50,0.30000000000000004,11/11/2026,\n", Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void The_analytics_exports_write_doubles_with_at_most_six_decimals_and_no_exponent()
    {
        var path = Path.Combine(_files.Directory, "funnel.csv");

        CsvOutput.Write(path, ["step", "rate"], [["pv", 0.1 + 0.2], ["buy", 1e-7], ["cart", 12345678.0]], CsvOutput.SixDecimals);

        Assert.Equal("step,rate\npv,0.3\nbuy,0\ncart,12345678\n", File.ReadAllText(path));
    }

    [Fact]
    public void Rows_on_a_callers_writer_use_its_line_end_and_leave_it_open()
    {
        var output = new StringWriter { NewLine = "\r\n" };

        using (var csv = CsvOutput.On(output)) csv.Row(["rule", "value"]);
        output.Write("after");

        Assert.Equal("rule,value\r\nafter", output.ToString());
    }

    public void Dispose() => _files.Dispose();
}
