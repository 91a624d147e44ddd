using System.CommandLine;
using System.Globalization;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Cli.Compliance;

/// <summary>
/// <c>price-check --promotion ID</c>: the price rules publishing applies (PRC-COND-004, PRC-BASE-001, PRC-HIKE-002,
/// PLAT-PROMO-002), run on the data directory for one stored promotion (its id or code). Prints one tab-separated line per
/// finding: <c>rule_id, severity, subject, message</c>. Exit code 0 when clean, 1 when a finding blocks publication,
/// 3 when there are only WARN findings (review), 2 for bad input (no such promotion, a bad option, the directory in use).
/// </summary>
public static class PriceCheckCommand
{
    public const int Blocked = ExitCodes.Failure;
    public const int ReviewOnly = 3;

    public static Command Create()
    {
        var promotion = new Option<string>("--promotion") { Description = "The promotion's id or code", Required = true };
        var hikePercent = new Option<decimal>("--hike-percent") { Description = "PRC-HIKE-002: a list-price rise of this many percent or more…", DefaultValueFactory = _ => PriceRuleSettings.Default.HikePercent };
        var hikeDays = new Option<int>("--hike-days") { Description = "…within this many days before the start is a finding", DefaultValueFactory = _ => PriceRuleSettings.Default.HikeWindowDays };
        var hikeReview = new Option<bool>("--hike-review") { Description = "Report a price rise as WARN (send to review) instead of BLOCK" };
        var command = new Command("price-check", "Check a promotion against the price rules on the stored price history and sales")
        {
            promotion, hikePercent, hikeDays, hikeReview,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            var settings = PriceRuleSettings.Default with
            {
                HikePercent = parseResult.GetValue(hikePercent),
                HikeWindowDays = parseResult.GetValue(hikeDays),
                HikeSeverity = parseResult.GetValue(hikeReview) ? FindingSeverity.Warn : FindingSeverity.Block,
            };
            if (settings.HikePercent <= 0 || settings.HikeWindowDays < 1)
                return console.Refuse("--hike-percent is above 0 and --hike-days at least 1.");
            try
            {
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                var key = parseResult.GetValue(promotion)!.Trim();
                var id = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                var found = await storage.Db.Promotions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id || p.Code == key, cancellationToken);
                if (found is null) return console.Refuse($"No promotion has the id or code '{key}'.");
                var findings = await new PromotionPriceRules(storage.Db, settings).CheckAsync(found, cancellationToken);
                // Plain lines on the raw writer: a console-width wrap would split a finding that scripts read.
                var output = parseResult.InvocationConfiguration.Output;
                foreach (var f in findings) output.WriteLine($"{f.RuleId}\t{f.Severity.ToWire()}\t{f.Subject}\t{f.Message}");
                var blocking = findings.Count(f => f.Severity == FindingSeverity.Block);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Promotion {found.Id} ({found.Code}): {findings.Count} finding(s), {blocking} blocking."));
                return blocking > 0 ? Blocked : findings.Count > 0 ? ReviewOnly : ExitCodes.Ok;
            }
            catch (DataDirectoryInUseException e)
            {
                return console.Refuse(e.Message);
            }
        });
        return command;
    }
}
