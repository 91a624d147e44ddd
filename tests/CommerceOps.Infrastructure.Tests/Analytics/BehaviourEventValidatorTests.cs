using System.Text;
using System.Text.Json;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Tests.Analytics;

public sealed class BehaviourEventValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static BehaviourEventInput Valid(int i = 0) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Now.AddMinutes(-i),
        Type = "page_view",
        PageType = "product",
        SessionId = "s-1",
        AnonymousId = "anon-1",
        Channel = "short_video",
    };

    private static BehaviourEventBatch Batch(params BehaviourEventInput[] events) => new() { Events = [.. events] };

    [Fact]
    public void A_valid_batch_has_no_errors()
    {
        var search = Valid();
        search.Type = "search";
        search.PageType = null;
        search.CustomerId = "CUST-1";
        search.AnonymousId = null;

        Assert.Empty(BehaviourEventValidator.Validate(Batch(Valid(), search, Valid(2)), Now));
    }

    [Fact]
    public void Errors_name_the_event_and_field()
    {
        var badType = Valid();
        badType.Type = "teleport";
        var noPageType = Valid();
        noPageType.PageType = null;
        var badPageType = Valid();
        badPageType.PageType = "checkout";
        var anonymous = Valid();
        anonymous.AnonymousId = null;
        anonymous.SessionId = " ";
        anonymous.Channel = "billboard";
        var future = Valid();
        future.OccurredAt = Now.AddDays(1).AddMinutes(1);
        future.EventId = null;
        var tooLong = Valid();
        tooLong.Campaign = new string('x', BehaviourEventValidator.MaxTextLength + 1);

        var errors = BehaviourEventValidator.Validate(Batch(Valid(), badType, noPageType, badPageType, anonymous, future, tooLong), Now);

        Assert.Equal(
            ["events[1].type", "events[2].pageType", "events[3].pageType", "events[4].channel", "events[4].customerId", "events[4].sessionId",
             "events[5].eventId", "events[5].occurredAt", "events[6].campaign"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_event_within_a_day_of_clock_skew_is_accepted()
    {
        var skewed = Valid();
        skewed.OccurredAt = Now.AddHours(23);

        Assert.Empty(BehaviourEventValidator.Validate(Batch(skewed), Now));
    }

    [Fact]
    public void Missing_empty_and_oversized_batches_are_refused()
    {
        Assert.Equal(["events"], BehaviourEventValidator.Validate(null, Now).Keys);
        Assert.Equal(["events"], BehaviourEventValidator.Validate(new BehaviourEventBatch(), Now).Keys);
        Assert.Equal(["events"], BehaviourEventValidator.Validate(Batch(), Now).Keys);
        var tooMany = Batch([.. Enumerable.Range(0, BehaviourEventBatch.MaxEvents + 1).Select(Valid)]);
        Assert.Equal(["events"], BehaviourEventValidator.Validate(tooMany, Now).Keys);
        var atLimit = Batch([.. Enumerable.Range(0, BehaviourEventBatch.MaxEvents).Select(Valid)]);
        Assert.Empty(BehaviourEventValidator.Validate(atLimit, Now));
    }

    [Fact]
    public void A_batch_full_of_bad_events_reports_a_bounded_number_of_errors()
    {
        var bad = Enumerable.Range(0, 1_000).Select(i => { var e = Valid(i); e.Type = "nope"; return e; }).ToArray();

        Assert.Equal(BehaviourEventValidator.MaxReportedErrors, BehaviourEventValidator.Validate(Batch(bad), Now).Count);
    }

    [Fact]
    public void Properties_are_read_as_compact_json_with_page_load_extracted()
    {
        var batch = Parse("""
            {"events":[
              {"eventId":"0193a3c4-0000-7000-8000-000000000001","occurredAt":"2026-11-26T11:59:00+08:00","type":"page_view","pageType":"payment",
               "sessionId":"s","anonymousId":"a","channel":"paid","properties":{ "page_load_ms": 2350, "referrer": "直播间", "retry": true }},
              {"eventId":"0193a3c4-0000-7000-8000-000000000002","occurredAt":"2026-11-26T03:59:00Z","type":"search",
               "sessionId":"s","anonymousId":"a","channel":"paid","properties":{"page_load_ms":"812","query":"露营灯"}}
            ]}
            """);

        Assert.Empty(BehaviourEventValidator.Validate(batch, Now));
        var first = batch.Events![0].Properties!;
        Assert.Equal(2350, first.PageLoadMs);
        Assert.Equal("""{"page_load_ms":2350,"referrer":"直播间","retry":true}""", first.Json);
        Assert.Equal(812, batch.Events[1].Properties!.PageLoadMs);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 3, 59, 0, TimeSpan.Zero), batch.Events[0].OccurredAt);
    }

    [Fact]
    public void Nested_property_values_are_a_field_error_not_a_parse_failure()
    {
        var batch = Parse("""
            {"events":[{"eventId":"0193a3c4-0000-7000-8000-000000000003","occurredAt":"2026-11-26T03:59:00Z","type":"ad_click",
              "sessionId":"s","customerId":"c","channel":"live","properties":{"creative":{"id":7}}}]}
            """);

        Assert.Equal(["events[0].properties"], BehaviourEventValidator.Validate(batch, Now).Keys);
    }

    [Fact]
    public void A_wrongly_typed_field_fails_parsing_with_its_path()
    {
        var ex = Assert.Throws<JsonException>(() => Parse("""{"events":[{"eventId":"0193a3c4-0000-7000-8000-000000000004"},{"occurredAt":12}]}"""));

        Assert.Equal("$.events[1].occurredAt", ex.Path);
    }

    internal static BehaviourEventBatch Parse(string json) =>
        JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), AnalyticsJsonContext.Default.BehaviourEventBatch)!;
}
