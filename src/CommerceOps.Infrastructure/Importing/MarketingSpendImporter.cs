using System.Globalization;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>
/// Imports marketing spend (<c>date,channel,campaign,spend</c>; China-time days, CNY) for channel ROI. All or nothing:
/// every row is checked first; then, in one DuckDB transaction, rows for a (date, channel, campaign) already in the
/// store are replaced, so importing a corrected file again does not double the spend.
/// </summary>
public sealed class MarketingSpendImporter(AnalyticsStore store, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Columns = ["date", "channel", "campaign", "spend"];

    public const int MaxReportedProblems = 20;

    private sealed record SpendRow(DateOnly Date, string Channel, string Campaign, decimal Spend);

    public async Task<int> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var problems = new ImportProblems(MaxReportedProblems);
        var rows = new Dictionary<(DateOnly, string, string), SpendRow>();
        using (var source = new CsvRecordSource(path, Columns, problems))
        {
            foreach (var record in source.Records())
            {
                var dateText = record["date"] ?? "";
                DateOnly? date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                if (date is null) problems.Add(record.LineNumber, "date", $"'{dateText}' is not a date like 2026-11-11");
                var channel = record["channel"] ?? "";
                if (!Channels.All.Contains(channel))
                    problems.Add(record.LineNumber, "channel", $"'{channel}' is not one of {string.Join(", ", Channels.All)}");
                var campaign = record["campaign"] ?? "";
                if (campaign.Length > 100) problems.Add(record.LineNumber, "campaign", "is longer than 100 characters");
                var spend = CsvCells.Amount(record, "spend", problems);
                if (spend < 0) problems.Add(record.LineNumber, "spend", "is negative");
                if (date is { } day && Channels.All.Contains(channel) && spend is { } amount && campaign.Length <= 100)
                    rows[(day, channel, campaign)] = new SpendRow(day, channel, campaign, amount);
            }
        }
        if (problems.Count > 0) throw new ImportRefusedException(path, problems.Kept, problems.Count);

        var importedAt = time.GetUtcNow().UtcDateTime;
        return await store.WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = "CREATE TEMP TABLE IF NOT EXISTS spend_staging (spend_date DATE, channel VARCHAR, campaign VARCHAR, spend DECIMAL(18,2), imported_at TIMESTAMPTZ); DELETE FROM spend_staging;";
                create.ExecuteNonQuery();
            }
            using (var appender = connection.CreateAppender("temp", "main", "spend_staging"))
            {
                foreach (var row in rows.Values)
                    appender.CreateRow().AppendValue(row.Date.ToDateTime(TimeOnly.MinValue)).AppendValue(row.Channel).AppendValue(row.Campaign)
                        .AppendValue(row.Spend).AppendValue(importedAt).EndRow();
            }
            using (var replace = connection.CreateCommand())
            {
                replace.CommandText = """
                    DELETE FROM marketing_spend m USING spend_staging s
                    WHERE m.spend_date = s.spend_date AND m.channel = s.channel AND m.campaign = s.campaign;
                    INSERT INTO marketing_spend SELECT * FROM spend_staging;
                    """;
                replace.ExecuteNonQuery();
            }
            transaction.Commit();
            return rows.Count;
        }, cancellationToken);
    }
}
