using System.CommandLine;
using System.Text.Json;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Lifetime;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Marketing;
using Spectre.Console;

namespace CommerceOps.Cli.Marketing;

/// <summary>
/// <c>clv fit --summary FILE --out FILE.json</c>: BG/NBD + Gamma-Gamma maximum-likelihood fit of a summary file, and
/// <c>clv --as-of D --horizon-months N --out FILE.csv</c>: expected purchases and lifetime value of every customer in the store.
/// </summary>
public static class ClvCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var command = new Command("clv", "Customer lifetime value (BG/NBD + Gamma-Gamma)");
        ClvScoreCommand.Configure(command);
        command.Subcommands.Add(CreateFit());
        return command;
    }

    private static Command CreateFit()
    {
        var summary = new Option<FileInfo>("--summary") { Description = "CSV with columns ID,x,t_x,T[,zbar] (one row per customer)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The JSON file to write (keys r, alpha, a, b, p, q, v)", Required = true };
        var fit = new Command("fit", "Fit BG/NBD (and Gamma-Gamma when zbar is given) by maximum likelihood") { summary, output };
        fit.SetAction(parseResult => RunFit(parseResult, parseResult.GetValue(summary)!, parseResult.GetValue(output)!));
        return fit;
    }

    private static int RunFit(ParseResult parseResult, FileInfo summary, FileInfo output)
    {
        var console = new CliConsole(parseResult);
        if (!summary.Exists) return console.Refuse($"No such file: {summary.FullName}");
        if (output.Directory is { Exists: false } missing) return console.Refuse($"--out: the folder {missing.FullName} does not exist.");
        try
        {
            var histories = PurchaseSummaryFile.Read(summary.FullName);
            var purchases = BgNbdModel.Fit(histories);
            var value = histories.Any(h => h.MeanValue is not null) ? GammaGammaModel.Fit(histories) : null;
            var result = new ClvFitResult(purchases.R, purchases.Alpha, purchases.A, purchases.B, value?.P, value?.Q, value?.V);
            File.WriteAllText(output.FullName, JsonSerializer.Serialize(result, Json));
            console.Out.WriteLine($"Fitted {histories.Count} customers ({GammaGammaModel.FittedOn(histories).Count} repeat buyers with a mean value) → {output.FullName}");
            return ExitCodes.Ok;
        }
        catch (ImportRefusedException e)
        {
            return console.Refuse($"{summary.FullName} has {e.ProblemCount} problem(s); nothing was fitted.", e);
        }
        catch (DomainException e)
        {
            return console.Refuse(e.Message);
        }
    }
}
