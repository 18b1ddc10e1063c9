using System.Linq.Expressions;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Inbox;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.Persistence;

/// <summary>
/// Base of every service's DbContext: holds the outbox and inbox tables, filters every
/// <see cref="IOrgOwned"/> entity by the current org, and refuses writes to another org's rows.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options, TenantContext tenant) : DbContext(options)
{
    /// <summary>The org every query is filtered by; <see cref="Guid.Empty"/> (matches nothing) when none is set.</summary>
    public Guid CurrentOrgId => tenant.OrgId ?? Guid.Empty;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    private readonly List<Action> _afterCommit = [];

    /// <summary>True once a save of this unit of work has added outbox rows (so there is something for the dispatcher to send).</summary>
    public bool SavedOutboxRows { get; private set; }

    /// <summary>
    /// Runs <paramref name="action"/> once this unit of work's changes are committed: at once when no
    /// transaction is open (<c>SaveChangesAsync</c> committed on its own), else when the open one
    /// commits (e.g. a consumer's, which the inbox commits after the consumer returned); never if it
    /// rolls back. For waking a background worker that reads what was saved: woken before the commit,
    /// it would find nothing and sleep its poll interval. Needs <see cref="AfterCommitInterceptor"/>
    /// on the context's options (<see cref="DatabaseSetup.AddServiceDatabase{TContext}"/> adds it).
    /// </summary>
    public void OnCommitted(Action action)
    {
        if (Database.CurrentTransaction is null) action();
        else _afterCommit.Add(action);
    }

    /// <summary>Called by <see cref="AfterCommitInterceptor"/>: the open transaction ended (committed or not).</summary>
    internal void TransactionEnded(bool committed)
    {
        if (_afterCommit.Count == 0) return;
        Action[] due = [.. _afterCommit];
        _afterCommit.Clear();
        if (committed) foreach (var action in due) action();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        ConfigureDomain(modelBuilder);
        ApplyOrgFilters(modelBuilder);
    }

    /// <summary>The service's own entity mappings.</summary>
    protected abstract void ConfigureDomain(ModelBuilder modelBuilder);

    private void ApplyOrgFilters(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(e => typeof(IOrgOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null && !e.IsOwned()))
        {
            var row = Expression.Parameter(entity.ClrType, "row");
            var sameOrg = Expression.Equal(
                Expression.Property(row, nameof(IOrgOwned.OrgId)),
                Expression.Property(Expression.Constant(this), nameof(CurrentOrgId)));
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(Expression.Lambda(sameOrg, row));
            modelBuilder.Entity(entity.ClrType).HasIndex(nameof(IOrgOwned.OrgId));
        }
    }

    // The changes are detected once: the org guard reads them, then the save uses them as they are
    // (letting both detect would walk every tracked entity twice per save).
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = DetectChangesOnce();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = DetectChangesOnce();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Detects the changes, refuses another org's writes, and turns automatic detection off until disposed.</summary>
    private AutoDetectRestore DetectChangesOnce()
    {
        var restore = new AutoDetectRestore(ChangeTracker);
        if (restore.WasEnabled) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        if (!SavedOutboxRows && ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added)) SavedOutboxRows = true;
        try
        {
            GuardOrgWrites();
        }
        catch
        {
            restore.Dispose();
            throw;
        }
        return restore;
    }

    private readonly struct AutoDetectRestore(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker) : IDisposable
    {
        public bool WasEnabled { get; } = tracker.AutoDetectChangesEnabled;

        public void Dispose() => tracker.AutoDetectChangesEnabled = WasEnabled;
    }

    private void GuardOrgWrites()
    {
        foreach (var entry in ChangeTracker.Entries<IOrgOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (entry.Entity.OrgId != CurrentOrgId || CurrentOrgId == Guid.Empty)
                throw new InvalidOperationException(
                    $"Refusing to write a {entry.Metadata.ClrType.Name} of org {entry.Entity.OrgId} in a unit of work for org {CurrentOrgId}.");
        }
    }
}
