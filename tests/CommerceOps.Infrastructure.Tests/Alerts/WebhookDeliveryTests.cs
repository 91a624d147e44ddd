using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Alerts.Webhooks;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Alerts.Webhooks;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Alerts;

/// <summary>Alert events delivered to a real Kestrel receiver on 127.0.0.1: signed, retried with back-off, logged, secret never in a log.</summary>
public sealed class WebhookDeliveryTests
{
    private const string Secret = "whsec-test-0123456789abcdef";
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Received(string Body, string Signature, string EventId, string EventType);

    [Fact]
    public async Task A_failed_delivery_is_retried_after_the_back_off_with_the_same_signed_event()
    {
        var received = new ConcurrentQueue<Received>();
        var failuresLeft = 1;
        await using var receiver = await StartReceiverAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            received.Enqueue(new Received(await reader.ReadToEndAsync(), context.Request.Headers[WebhookSignature.Header].ToString(),
                context.Request.Headers[WebhookSignature.EventIdHeader].ToString(), context.Request.Headers[WebhookSignature.EventTypeHeader].ToString()));
            context.Response.StatusCode = Interlocked.Decrement(ref failuresLeft) >= 0 ? 503 : 204;
        });
        var url = receiver.Urls.Single() + "/hooks/alerts";

        await using var store = await TestStore.CreateAsync();
        var time = new FakeTimeProvider(T0);
        var unitOfWork = new UnitOfWork(store.Db, new WriteGate(serialize: true), new OutboxSignal());
        var logs = new CapturingLogger<WebhookSender>();
        using var http = new HttpClient();
        var sender = new WebhookSender(store.Db, unitOfWork, http, time, logs);
        var subscription = await new WebhookService(store.Db, unitOfWork, time).CreateAsync("ops bot", url, Secret, active: true, Ct);
        await new WebhookService(store.Db, unitOfWork, time).CreateAsync("switched off", url, Secret, active: false, Ct);

        time.Advance(TimeSpan.FromSeconds(1));
        var inbox = new AlertInbox(store.Db, time);
        await unitOfWork.RunAsync(ct => inbox.RaiseAsync(new AlertNotice("metrics", "rule-1", AlertLevel.Red, "支付环节转化率 down 35%", "province=广东"), ct), Ct);

        var fanOut = new WebhookFanOut(store.Db, unitOfWork, time);
        Assert.Equal(1, await fanOut.RunAsync(Ct));
        Assert.Equal(0, await fanOut.RunAsync(Ct)); // the cursor moved: queued once

        Assert.Equal(1, await sender.SendDueAsync(Ct));
        var delivery = await store.Db.WebhookDeliveries.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, 503), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(10), delivery.NextAttemptAt);

        time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await sender.SendDueAsync(Ct)); // not due yet
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sender.SendDueAsync(Ct));
        delivery = await store.Db.WebhookDeliveries.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((WebhookDeliveryStatus.Delivered, 2, 204, subscription.Id), (delivery.Status, delivery.Attempts, delivery.LastStatusCode, delivery.SubscriptionId));

        var requests = received.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(requests[0].EventId, requests[1].EventId);
        Assert.Equal(delivery.EventId.ToString(), requests[1].EventId);
        Assert.Equal("AlertRaised", requests[1].EventType);
        foreach (var request in requests)
        {
            // Recomputed here from the documented format, not with WebhookSignature.
            var parts = request.Signature.Split(',');
            var stamp = parts[0]["t=".Length..];
            var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(stamp + "." + request.Body));
            Assert.Equal("v1=" + Convert.ToHexStringLower(mac), parts[1]);
            Assert.True(WebhookSignature.Verify(Secret, request.Signature, request.Body, time.GetUtcNow(), TimeSpan.FromMinutes(5)));
            Assert.False(WebhookSignature.Verify("another-secret-0000", request.Signature, request.Body, time.GetUtcNow(), TimeSpan.FromMinutes(5)));
        }
        Assert.Equal((T0 + TimeSpan.FromSeconds(11)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), requests[1].Signature.Split(',')[0]["t=".Length..]);

        using var body = JsonDocument.Parse(requests[1].Body);
        Assert.Equal("alert.raised", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("rule-1", body.RootElement.GetProperty("alert").GetProperty("key").GetString());
        Assert.Equal("red", body.RootElement.GetProperty("alert").GetProperty("level").GetString());

        Assert.Single(logs.Messages); // the failed attempt
        Assert.DoesNotContain(logs.Messages, m => m.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_delivery_gives_up_after_the_last_attempt()
    {
        await using var receiver = await StartReceiverAsync(context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        await using var store = await TestStore.CreateAsync();
        var time = new FakeTimeProvider(T0);
        var unitOfWork = new UnitOfWork(store.Db, new WriteGate(serialize: true), new OutboxSignal());
        using var http = new HttpClient();
        var sender = new WebhookSender(store.Db, unitOfWork, http, time, new CapturingLogger<WebhookSender>());
        await new WebhookService(store.Db, unitOfWork, time).CreateAsync("ops bot", receiver.Urls.Single(), Secret, active: true, Ct);
        time.Advance(TimeSpan.FromSeconds(1));
        await unitOfWork.RunAsync(ct => new AlertInbox(store.Db, time).RaiseAsync(new AlertNotice("metrics", "rule-2", AlertLevel.Yellow, "GMV", ""), ct), Ct);
        await new WebhookFanOut(store.Db, unitOfWork, time).RunAsync(Ct);

        var waited = TimeSpan.Zero;
        for (var attempt = 1; attempt <= WebhookDelivery.MaxAttempts; attempt++)
        {
            Assert.Equal(1, await sender.SendDueAsync(Ct));
            if (attempt < WebhookDelivery.MaxAttempts)
            {
                time.Advance(WebhookDelivery.RetryDelay(attempt));
                waited += WebhookDelivery.RetryDelay(attempt);
            }
        }
        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await sender.SendDueAsync(Ct));
        var delivery = await store.Db.WebhookDeliveries.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((WebhookDeliveryStatus.Failed, WebhookDelivery.MaxAttempts, 500), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.Equal(TimeSpan.FromSeconds(10 * (Math.Pow(2, WebhookDelivery.MaxAttempts - 1) - 1)), waited); // 10 s, 20 s, 40 s …
    }

    private static async Task<ReceiverServer> StartReceiverAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync(Ct);
        var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        return new ReceiverServer(app, urls);
    }

    private sealed class ReceiverServer(WebApplication app, IReadOnlyList<string> urls) : IAsyncDisposable
    {
        public IReadOnlyList<string> Urls => urls;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed class CapturingLogger<T> : ILogger<T>
    {
        public ConcurrentBag<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception) + exception);
    }
}
