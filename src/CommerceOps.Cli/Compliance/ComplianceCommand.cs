using System.CommandLine;
using System.Globalization;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Importing;
using Spectre.Console;

namespace CommerceOps.Cli.Compliance;

/// <summary><c>compliance scan --in FILE.csv --out FILE.csv</c>: advertising-law findings for a file of listings.</summary>
public static class ComplianceCommand
{
    public static Command Create()
    {
        var compliance = new Command("compliance", "Compliance checks");
        compliance.Subcommands.Add(CreateScan());
        return compliance;
    }

    private static Command CreateScan()
    {
        var input = new Option<FileInfo>("--in") { Description = "Listings: product_id,category,title,description (UTF-8, header)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Findings: product_id,field,start,length,matched,rule_id,severity", Required = true };
        var scan = new Command("scan", "Check titles and descriptions against the advertising law (built-in word list)") { input, output };
        scan.SetAction((parseResult, cancellationToken) =>
            Task.FromResult(Run(parseResult, parseResult.GetValue(input)!, parseResult.GetValue(output)!, cancellationToken)));
        return scan;
    }

    private static int Run(ParseResult parseResult, FileInfo input, FileInfo output, CancellationToken cancellationToken)
    {
        var console = new CliConsole(parseResult);
        if (!input.Exists) return console.Refuse($"No such file: {input.FullName}");
        if (output.Directory is { Exists: false } directory) return console.Refuse($"No such directory: {directory.FullName}");
        try
        {
            var summary = new ListingCsvScan(new AdLawChecker(SeedWordList.Entries)).Run(input.FullName, output.FullName, cancellationToken);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Rows} listings, {summary.Findings} findings, {summary.ProductsBlocked} blocked; written to {output.FullName}"));
            return ExitCodes.Ok;
        }
        catch (ImportRefusedException e)
        {
            return console.Refuse($"{input.FullName} has {e.ProblemCount} problem(s); no findings were written.", e);
        }
    }
}
