using System.CommandLine;
using CommerceOps.Cli.Storage;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Importing;

/// <summary><c>import spend FILE</c>: marketing spend per day, channel and campaign (<c>date,channel,campaign,spend</c>) for channel ROI.</summary>
public static class SpendImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV with the header date,channel,campaign,spend (China-time days, CNY)" };
        var command = new Command("spend", "Import marketing spend for channel ROI (all-or-nothing; a day, channel and campaign imported again is replaced)") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            var path = parseResult.GetValue(file)!;
            if (!path.Exists) return console.Refuse($"No such file: {path.FullName}");
            try
            {
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                var rows = await new MarketingSpendImporter(storage.Analytics, TimeProvider.System).ImportAsync(path.FullName, cancellationToken);
                console.Out.WriteLine($"Imported {rows} spend rows from {path.Name}", Style.Plain);
                return ExitCodes.Ok;
            }
            catch (DataDirectoryInUseException e)
            {
                return console.Refuse(e.Message);
            }
            catch (ImportRefusedException e)
            {
                return console.Refuse(e.Message, e);
            }
        });
        return command;
    }
}
