using System.CommandLine;
using System.Globalization;
using CommerceOps.Cli.Storage;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Importing;

/// <summary><c>import taobao FILE</c>: the Tianchi UserBehavior file as behaviour events, all or nothing.</summary>
public static class TaobaoImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "UserBehavior.csv (or .csv.gz): user_id,item_id,category_id,behavior_type,timestamp, no header" };
        var command = new Command("taobao", "Import the Tianchi Taobao UserBehavior data set as behaviour events (all-or-nothing)") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            var path = parseResult.GetValue(file)!;
            if (!path.Exists) return console.Refuse($"No such file: {path.FullName}");
            try
            {
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                TaobaoImportSummary? summary = null;
                await console.Out.Progress().AutoClear(false).StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Importing", maxValue: path.Length);
                    summary = await new TaobaoUserBehaviorImporter(storage.Analytics)
                        .ImportAsync(path.FullName, new SyncProgress<long>(bytes => task.Value = bytes), cancellationToken);
                });
                var table = new Table().AddColumn("event type").AddColumn(new TableColumn("events").RightAligned());
                foreach (var (type, count) in summary!.ByType) table.AddRow(type, count.ToString("N0", CultureInfo.InvariantCulture));
                console.Out.MarkupLine($"Imported [bold]{summary.Events.ToString("N0", CultureInfo.InvariantCulture)}[/] events from {Markup.Escape(path.Name)} in {summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
                console.Out.Write(table);
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
