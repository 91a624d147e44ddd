using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Persistence;

/// <summary>
/// A cached table (here the warehouses) is read from memory until a save in this process changes it — dropped again
/// when the change commits — or until its copy is older than <c>MaxAge</c> (a change made by another process).
/// Alone: the change generations are process-wide, and a warehouse saved by a parallel test would drop the copy too.
/// </summary>
[Collection(nameof(CachedTableTests))]
public sealed class CachedTableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_in_this_process_drops_the_copy_and_the_next_read_sees_the_change()
    {
        await using var store = await TestStore.CreateAsync();
        var directory = new WarehouseDirectory(new FakeTimeProvider());
        Assert.DoesNotContain(await directory.GetAsync(store.Db, Ct), w => w.Code == "WH-NEW");

        await using (var other = TestStore.OpenContext(store.Options))
        {
            other.Warehouses.Add(new Warehouse("WH-NEW", "新仓", WarehouseKind.Own, "浙江省", "杭州市"));
            await other.SaveChangesAsync(Ct);
        }

        Assert.Contains(await directory.GetAsync(store.Db, Ct), w => w.Code == "WH-NEW");
    }

    [Fact]
    public async Task A_copy_loaded_between_the_save_and_the_commit_is_dropped_when_the_transaction_commits()
    {
        await using var store = await TestStore.CreateAsync();
        var directory = new WarehouseDirectory(new FakeTimeProvider());
        await using var writer = TestStore.OpenContext(store.Options);

        await using (var transaction = await writer.Database.BeginTransactionAsync(Ct))
        {
            writer.Warehouses.Add(new Warehouse("WH-NEW", "新仓", WarehouseKind.Own, "浙江省", "杭州市"));
            await writer.SaveChangesAsync(Ct);
            // Another request reads now, on its own connection: the change is saved but not committed, so it loads the rows from before.
            Assert.DoesNotContain(await directory.GetAsync(store.Db, Ct), w => w.Code == "WH-NEW");
            await transaction.CommitAsync(Ct);
        }

        Assert.Contains(await directory.GetAsync(store.Db, Ct), w => w.Code == "WH-NEW");
    }

    [Fact]
    public async Task A_change_made_by_another_process_is_seen_once_the_copy_is_older_than_its_maximum_age()
    {
        await using var store = await TestStore.CreateAsync();
        var time = new FakeTimeProvider();
        var directory = new WarehouseDirectory(time);
        store.Db.Warehouses.Add(new Warehouse("WH-1", "一号仓", WarehouseKind.Own, "浙江省", "杭州市"));
        await store.Db.SaveChangesAsync(Ct);
        Assert.Contains(await directory.GetAsync(store.Db, Ct), w => w.Name == "一号仓");

        // A bulk update does not pass through the change tracker: as if another process had written it.
        await using (var other = TestStore.OpenContext(store.Options))
            await other.Warehouses.Where(w => w.Code == "WH-1").ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "改名仓"), Ct);

        time.Advance(WarehouseDirectory.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Contains(await directory.GetAsync(store.Db, Ct), w => w.Name == "一号仓");
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains(await directory.GetAsync(store.Db, Ct), w => w.Name == "改名仓");
    }
}

[CollectionDefinition(nameof(CachedTableTests), DisableParallelization = true)]
public sealed class CachedTableCollection;
