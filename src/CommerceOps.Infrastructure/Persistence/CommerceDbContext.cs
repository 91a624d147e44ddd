using System.Text.Json;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.AfterSales.ValueAdded;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Logistics;
using CommerceOps.Domain.Marketing.Coupons;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Marketing.Campaigns;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// The commerce store. Saving writes the domain events raised by tracked aggregates to the outbox in the same
/// transaction, which is what lets the analytics projector promise exactly-once delivery.
/// Provider-specific subclasses (<see cref="SqliteCommerceDbContext"/>, <see cref="PostgresCommerceDbContext"/>) own their migrations.
/// </summary>
public abstract class CommerceDbContext(DbContextOptions options) : IdentityDbContext<ConsoleUser>(options)
{
    public static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    // Row types of cached tables saved in the open transaction (see Committed); a rolled-back one only costs a reload.
    private HashSet<Type>? _cachedTablesChanged;

    /// <summary>Rows of the unit of work waiting for the next save (PostgreSQL): <see cref="PendingWrites"/>.</summary>
    public PendingWrites PendingWrites => field ??= new PendingWrites(this);

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Brand> Brands => Set<Brand>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Sku> Skus => Set<Sku>();
    public DbSet<PriceChange> PriceChanges => Set<PriceChange>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<Cart> Carts => Set<Cart>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<StockItem> StockItems => Set<StockItem>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<StockReservation> StockReservations => Set<StockReservation>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<CustomsDeclaration> CustomsDeclarations => Set<CustomsDeclaration>();
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<SupplierItem> SupplierItems => Set<SupplierItem>();
    public DbSet<PurchaseOrder> PurchaseOrders => Set<PurchaseOrder>();
    public DbSet<PurchaseOrderLine> PurchaseOrderLines => Set<PurchaseOrderLine>();
    public DbSet<KnowledgeArticle> KnowledgeArticles => Set<KnowledgeArticle>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<Promotion> Promotions => Set<Promotion>();
    public DbSet<PromotionCounter> PromotionCounters => Set<PromotionCounter>();
    public DbSet<PromotionCustomerUse> PromotionCustomerUses => Set<PromotionCustomerUse>();
    public DbSet<WordListVersion> WordListVersions => Set<WordListVersion>();
    public DbSet<CampaignRule> CampaignRules => Set<CampaignRule>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<CommerceOps.Domain.Alerts.Rules.AlertRule> AlertRules => Set<CommerceOps.Domain.Alerts.Rules.AlertRule>();
    public DbSet<CommerceOps.Domain.Alerts.Webhooks.WebhookSubscription> WebhookSubscriptions => Set<CommerceOps.Domain.Alerts.Webhooks.WebhookSubscription>();
    public DbSet<CommerceOps.Domain.Alerts.Webhooks.WebhookDelivery> WebhookDeliveries => Set<CommerceOps.Domain.Alerts.Webhooks.WebhookDelivery>();
    public DbSet<CommerceOps.Infrastructure.Alerts.WebhookCursor> WebhookCursors => Set<CommerceOps.Infrastructure.Alerts.WebhookCursor>();
    public DbSet<StoredCampaign> Campaigns => Set<StoredCampaign>();
    public DbSet<CampaignSend> CampaignSends => Set<CampaignSend>();
    public DbSet<RecordedMessage> RecordedMessages => Set<RecordedMessage>();
    public DbSet<IssuedCoupon> IssuedCoupons => Set<IssuedCoupon>();
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<Member> PrivateDomainMembers => Set<Member>();
    public DbSet<ReturnRequest> ReturnRequests => Set<ReturnRequest>();
    public DbSet<ReturnLine> ReturnLines => Set<ReturnLine>();
    public DbSet<ReturnEvidence> ReturnEvidence => Set<ReturnEvidence>();
    public DbSet<ServiceOffering> ServiceOfferings => Set<ServiceOffering>();
    public DbSet<ServiceSlot> ServiceSlots => Set<ServiceSlot>();
    public DbSet<Technician> Technicians => Set<Technician>();
    public DbSet<ServiceAppointment> ServiceAppointments => Set<ServiceAppointment>();
    public DbSet<CommerceOps.Domain.Service.Tickets.Ticket> Tickets => Set<CommerceOps.Domain.Service.Tickets.Ticket>();
    public DbSet<CommerceOps.Domain.IntellectualProperty.BrandAuthorisation> BrandAuthorisations => Set<CommerceOps.Domain.IntellectualProperty.BrandAuthorisation>();
    public DbSet<CommerceOps.Domain.IntellectualProperty.OriginalDesign> OriginalDesigns => Set<CommerceOps.Domain.IntellectualProperty.OriginalDesign>();
    public DbSet<CommerceOps.Domain.IntellectualProperty.IpEvidenceFile> IpEvidenceFiles => Set<CommerceOps.Domain.IntellectualProperty.IpEvidenceFile>();
    public DbSet<CommerceOps.Domain.IntellectualProperty.InfringementComplaint> InfringementComplaints => Set<CommerceOps.Domain.IntellectualProperty.InfringementComplaint>();
    public DbSet<ReturnPolicyEntry> ReturnPolicies => Set<ReturnPolicyEntry>();
    public DbSet<CommerceOps.Domain.Privacy.PrivacyPurpose> PrivacyPurposes => Set<CommerceOps.Domain.Privacy.PrivacyPurpose>();
    public DbSet<CommerceOps.Domain.Privacy.DataSubjectRequest> DataSubjectRequests => Set<CommerceOps.Domain.Privacy.DataSubjectRequest>();
    public DbSet<CommerceOps.Domain.Privacy.CalendarDay> CalendarDays => Set<CommerceOps.Domain.Privacy.CalendarDay>();
    public DbSet<CommerceOps.Domain.Selection.CandidateProduct> CandidateProducts => Set<CommerceOps.Domain.Selection.CandidateProduct>();
    public DbSet<CommerceOps.Domain.Selection.CandidateVote> CandidateVotes => Set<CommerceOps.Domain.Selection.CandidateVote>();
    public DbSet<CommerceOps.Domain.Selection.PreSaleCampaign> PreSaleCampaigns => Set<CommerceOps.Domain.Selection.PreSaleCampaign>();
    public DbSet<CommerceOps.Domain.Selection.ProductReview> ProductReviews => Set<CommerceOps.Domain.Selection.ProductReview>();

    public abstract bool IsSqlite { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CommerceDbContext).Assembly);
        builder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox");
            b.HasIndex(m => m.EventId).IsUnique();
            b.HasIndex(m => m.ProjectedAt);
            b.Property(m => m.Type).HasMaxLength(100);
        });
        builder.Entity<IdempotencyRecord>(b =>
        {
            b.ToTable("idempotency_keys");
            b.HasKey(r => new { r.Scope, r.Key });
            b.Property(r => r.Scope).HasMaxLength(64);
            b.Property(r => r.Key).HasMaxLength(200);
            b.Property(r => r.RequestHash).HasMaxLength(64);
        });
        builder.Entity<ApiClient>(b =>
        {
            b.ToTable("api_clients");
            b.HasIndex(c => c.KeyHash).IsUnique();
            b.Property(c => c.Name).HasMaxLength(100);
            b.Property(c => c.KeyHash).HasMaxLength(64);
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it writes the outbox in the same transaction.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // The pending rows first: rows the change tracker saves may refer to them (an order's id), never the other way.
        await PendingWrites.FlushAsync(cancellationToken);
        // One scan for changes per save: the entries are read after it, and EF's own save would otherwise scan again.
        var detectChanges = ChangeTracker.AutoDetectChangesEnabled;
        if (detectChanges) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var aggregates = new List<AggregateRoot>();
            foreach (var entry in ChangeTracker.Entries())
            {
                if (entry.Entity is AggregateRoot { DomainEvents.Count: > 0 } aggregate) aggregates.Add(aggregate);
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && CachedTables.Holds(entry.Metadata.ClrType))
                    (_cachedTablesChanged ??= []).Add(entry.Metadata.ClrType);
            }
            foreach (var aggregate in aggregates)
            {
                foreach (var domainEvent in aggregate.DomainEvents)
                    Outbox.Add(ToOutbox(domainEvent));
            }
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var aggregate in aggregates) aggregate.ClearDomainEvents();
            if (_cachedTablesChanged is not null)
            {
                DropCachedCopies();
                if (Database.CurrentTransaction is null) _cachedTablesChanged = null;
            }
            return written;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    /// <summary>
    /// Drops the cached copies of tables this context's transaction changed, again now that it committed: a copy
    /// loaded between the save and the commit holds the rows from before. Called by <see cref="CommitInterceptor"/>.
    /// </summary>
    public void Committed()
    {
        DropCachedCopies();
        _cachedTablesChanged = null;
    }

    /// <summary>A row of a cached table written without the change tracker: its copies are dropped as for a save.</summary>
    internal void WroteRowOf(Type rowType)
    {
        if (CachedTables.Holds(rowType)) (_cachedTablesChanged ??= []).Add(rowType);
    }

    private void DropCachedCopies()
    {
        foreach (var type in _cachedTablesChanged ?? []) CachedTables.Changed(type);
    }

    public static OutboxMessage ToOutbox(DomainEvent domainEvent) => new()
    {
        EventId = domainEvent.EventId,
        Type = domainEvent.GetType().Name,
        Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), EventJson),
        OccurredAt = domainEvent.OccurredAt,
    };
}
