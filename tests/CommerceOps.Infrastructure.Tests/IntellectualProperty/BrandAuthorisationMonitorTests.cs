using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.IntellectualProperty;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.IntellectualProperty;

/// <summary>The expiry sweep over a real store and a clock the test moves: yellow within the window, red with the uncovered listings once expired, resolved by a renewal.</summary>
public sealed class BrandAuthorisationMonitorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_expiring_document_alerts_yellow_an_expired_one_red_with_its_listings_and_a_renewal_resolves_it()
    {
        await using var store = await TestStore.CreateAsync();
        var time = new FakeTimeProvider(Start);
        var category = new Category("outdoor", "户外", "Outdoor");
        var brand = new Brand("山野", "山野户外用品有限公司");
        store.Db.AddRange(category, brand);
        await store.Db.SaveChangesAsync(Ct);
        var chair = new Product("山野 折叠椅", category.Id, Start, brandId: brand.Id);
        chair.AddSku("SY-CHAIR", "标准款", Money.Cny(199m), Start);
        chair.Publish();
        var unlisted = new Product("山野 旧款水壶", category.Id, Start, brandId: brand.Id);
        unlisted.AddSku("SY-BOTTLE", "标准款", Money.Cny(59m), Start);
        store.Db.Products.AddRange(chair, unlisted);
        store.Db.BrandAuthorisations.Add(new BrandAuthorisation(brand.Id, "SQ-1", AuthorisedPartyKind.Seller, null, null, Start.AddDays(-100), Start.AddDays(40), [], "c", Start));
        await store.Db.SaveChangesAsync(Ct);
        var key = $"{brand.Id}/seller";

        var quiet = await Monitor(store, time).CheckAsync(Ct);
        time.Advance(TimeSpan.FromDays(15));
        var expiring = await Monitor(store, time).CheckAsync(Ct);
        var yellow = await AlertAsync(store, key);
        time.Advance(TimeSpan.FromDays(30));
        var expired = await Monitor(store, time).CheckAsync(Ct);
        var red = await AlertAsync(store, key);
        store.Db.BrandAuthorisations.Add(new BrandAuthorisation(brand.Id, "SQ-2", AuthorisedPartyKind.Seller, null, null, time.GetUtcNow(), time.GetUtcNow().AddDays(365), [], "c", time.GetUtcNow()));
        await store.Db.SaveChangesAsync(Ct);
        var renewed = await Monitor(store, time).CheckAsync(Ct);

        Assert.Equal(new BrandAuthorisationMonitor.Sweep(0, 0, 0), quiet);
        Assert.Equal(new BrandAuthorisationMonitor.Sweep(1, 0, 0), expiring);
        Assert.Equal((AlertLevel.Yellow, AlertStatus.Open), (yellow.Level, yellow.Status));
        Assert.Equal(new BrandAuthorisationMonitor.Sweep(0, 1, 1), expired);
        Assert.Equal(AlertLevel.Red, red.Level);
        Assert.Contains($"#{chair.Id} 山野 折叠椅", red.Detail);
        Assert.DoesNotContain("旧款水壶", red.Detail);
        Assert.True(await store.Db.Products.AsNoTracking().Where(p => p.Id == chair.Id).Select(p => p.IsPublished).SingleAsync(Ct), "reported, not delisted");
        Assert.Equal(new BrandAuthorisationMonitor.Sweep(0, 0, 0), renewed);
        Assert.Equal(AlertStatus.Closed, (await AlertAsync(store, key)).Status);
    }

    private static BrandAuthorisationMonitor Monitor(TestStore store, TimeProvider time)
    {
        store.Db.ChangeTracker.Clear();
        var listings = new BrandListings(store.Db);
        return new BrandAuthorisationMonitor(store.Db, new UnitOfWork(store.Db, new WriteGate(serialize: true), new OutboxSignal()), new AlertInbox(store.Db, time),
            new BrandStandingQuery(store.Db, listings, BrandRightsSettings.Default), BrandRightsSettings.Default, time);
    }

    private static Task<Alert> AlertAsync(TestStore store, string key) =>
        store.Db.Alerts.AsNoTracking().Where(a => a.Source == BrandAuthorisationMonitor.Source && a.Key == key).OrderByDescending(a => a.Id).FirstAsync(Ct);
}
