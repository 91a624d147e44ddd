using System.CommandLine;
using System.Globalization;
using CommerceOps.Infrastructure.Importing;
using Spectre.Console;

namespace CommerceOps.Cli.Importing;

/// <summary><c>import taobao FILE</c>: the Tianchi UserBehavior file as behaviour events, all or nothing.</summary>
public static class TaobaoImportCommand
{
    public static Command Create() =>
        ImportRunner.Create("taobao", "Import the Tianchi Taobao UserBehavior data set as behaviour events (all-or-nothing)",
            new Argument<FileInfo>("FILE") { Description = "UserBehavior.csv (or .csv.gz): user_id,item_id,category_id,behavior_type,timestamp, no header" },
            async (run, cancellationToken) =>
            {
                var path = run.Input;
                TaobaoImportSummary? summary = null;
                await run.Out.Progress().AutoClear(false).StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Importing", maxValue: path.Length);
                    summary = await new TaobaoUserBehaviorImporter(run.Storage.Analytics)
                        .ImportAsync(path.FullName, new SyncProgress<long>(bytes => task.Value = bytes), cancellationToken);
                });
                var table = new Table().AddColumn("event type").AddColumn(new TableColumn("events").RightAligned());
                foreach (var (type, count) in summary!.ByType) table.AddRow(type, count.ToString("N0", CultureInfo.InvariantCulture));
                run.Out.MarkupLine($"Imported [bold]{summary.Events.ToString("N0", CultureInfo.InvariantCulture)}[/] events from {Markup.Escape(path.Name)} in {summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
                run.Out.Write(table);
            });
}
