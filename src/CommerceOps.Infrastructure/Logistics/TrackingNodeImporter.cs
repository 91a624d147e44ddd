using System.Globalization;
using System.Text.RegularExpressions;
using CommerceOps.Domain.Logistics;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Logistics;

/// <summary>
/// Imports carrier scans from <c>tracking_number,at,location,description,status</c> (status <c>in_transit</c> or
/// <c>delivered</c>, empty meaning in transit; <c>at</c> ISO 8601, China time unless it carries an offset). All or
/// nothing: every row is checked first, problems name the line and the column.
/// </summary>
public sealed partial class TrackingNodeImporter(UnitOfWork unitOfWork, TrackingRecorder recorder)
{
    public static readonly IReadOnlyList<string> Columns = ["tracking_number", "at", "location", "description", "status"];

    public const int MaxReportedProblems = 20;

    public async Task<int> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var problems = new ImportProblems(MaxReportedProblems);
        var events = new List<(long Line, CarrierTrackingEvent Event)>();
        using (var source = new CsvRecordSource(path, Columns, problems))
        {
            foreach (var record in source.Records())
            {
                var number = CsvCells.Required(record, "tracking_number", problems);
                var at = Instant(record, problems);
                var location = record["location"] ?? "";
                if (location.Length > 200) problems.Add(record.LineNumber, "location", "is longer than 200 characters");
                var description = CsvCells.Required(record, "description", problems, 500);
                var status = (record["status"] ?? "").ToLowerInvariant();
                if (status is not ("" or "in_transit" or "delivered"))
                    problems.Add(record.LineNumber, "status", $"'{record["status"]}' is not in_transit or delivered");
                if (number is not null && at is { } instant && description is not null && location.Length <= 200)
                    events.Add((record.LineNumber, new CarrierTrackingEvent(number, instant, location, description, status == "delivered")));
            }
        }
        if (events.Count > 0)
        {
            var unknown = await recorder.UnknownAsync(events.Select(e => e.Event.TrackingNumber).Distinct().ToList(), cancellationToken);
            foreach (var (line, e) in events.Where(e => unknown.Contains(e.Event.TrackingNumber)))
                problems.Add(line, "tracking_number", $"no shipment has tracking number '{e.TrackingNumber}'");
        }
        if (problems.Count > 0) throw new ImportRefusedException(path, problems.Kept, problems.Count);
        return await unitOfWork.RunAsync(ct => recorder.RecordAsync(events.Select(e => e.Event).ToList(), ct), cancellationToken);
    }

    private static DateTimeOffset? Instant(CsvRecord record, ImportProblems problems)
    {
        var text = record["at"] ?? "";
        if (HasOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            return withOffset;
        if (!HasOffset().IsMatch(text) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), DeliveryPromiseRules.ChinaOffset);
        problems.Add(record.LineNumber, "at", $"'{text}' is not a time like 2026-11-26T14:05:00+08:00");
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$")]
    private static partial Regex HasOffset();
}
