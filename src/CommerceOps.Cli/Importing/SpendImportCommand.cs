using System.CommandLine;
using CommerceOps.Infrastructure.Importing;
using Spectre.Console;

namespace CommerceOps.Cli.Importing;

/// <summary><c>import spend FILE</c>: marketing spend per day, channel and campaign (<c>date,channel,campaign,spend</c>) for channel ROI.</summary>
public static class SpendImportCommand
{
    public static Command Create() =>
        ImportRunner.Create("spend", "Import marketing spend for channel ROI (all-or-nothing; a day, channel and campaign imported again is replaced)",
            new Argument<FileInfo>("FILE") { Description = "CSV with the header date,channel,campaign,spend (China-time days, CNY)" },
            async (run, cancellationToken) =>
            {
                var rows = await new MarketingSpendImporter(run.Storage.Analytics, TimeProvider.System).ImportAsync(run.Input.FullName, cancellationToken);
                run.Out.WriteLine($"Imported {rows} spend rows from {run.Input.Name}", Style.Plain);
            });
}
