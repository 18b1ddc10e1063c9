using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Domain.Contacts;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Domain.Plan;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ClientComms.Infrastructure;

public sealed class ClientCommsDbContext(DbContextOptions<ClientCommsDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    /// <summary>The primary key of <c>spocs</c>: one SPOC per project.</summary>
    public const string SpocPrimaryKeyName = "pk_spocs";
    /// <summary>One contact per address per project.</summary>
    public const string ContactEmailIndexName = "ix_client_contacts_project_email";
    /// <summary>One stored inbound message per provider message id per org.</summary>
    public const string ExternalIdIndexName = "ix_client_messages_external_id";
    /// <summary>One message per change order version (a redelivered ChangeOrderIssued sends nothing twice).</summary>
    public const string ChangeOrderIndexName = "ix_client_messages_change_order";

    public DbSet<Spoc> Spocs => Set<Spoc>();
    public DbSet<SpocChange> SpocChanges => Set<SpocChange>();
    public DbSet<ProjectKickoff> Kickoffs => Set<ProjectKickoff>();
    public DbSet<ClientContact> Contacts => Set<ClientContact>();
    public DbSet<ClientMessage> Messages => Set<ClientMessage>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<HeldChangeOrder> HeldChangeOrders => Set<HeldChangeOrder>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMembershipReplica();
        modelBuilder.Entity<Spoc>(b =>
        {
            b.ToTable("spocs");
            b.HasKey(s => s.ProjectId).HasName(SpocPrimaryKeyName);
            b.Property(s => s.ProjectId).ValueGeneratedNever();
            b.Property(s => s.Role).HasConversion<string>().HasMaxLength(40);
            b.Property(s => s.PersonSubject).HasMaxLength(Spoc.MaxPersonLength);
            b.Property(s => s.PersonName).HasMaxLength(Spoc.MaxPersonLength);
            b.Property(s => s.NamedBy).HasMaxLength(200);
            b.Property(s => s.Version).IsRowVersion();
        });
        modelBuilder.Entity<SpocChange>(b =>
        {
            b.ToTable("spoc_changes");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.Role).HasConversion<string>().HasMaxLength(40);
            b.Property(s => s.PersonSubject).HasMaxLength(Spoc.MaxPersonLength);
            b.Property(s => s.NamedBy).HasMaxLength(200);
            b.Property(s => s.Reason).HasMaxLength(SpocChange.MaxReasonLength);
            b.HasIndex(s => new { s.ProjectId, s.NamedAt });
        });
        modelBuilder.Entity<HeldChangeOrder>(b =>
        {
            b.ToTable("held_change_orders");
            b.HasKey(h => new { h.ChangeOrderId, h.Version });
            b.Property(h => h.Subject).HasMaxLength(ClientMessage.MaxSubjectLength);
            b.HasIndex(h => new { h.ProjectId, h.IssuedAt });
        });
        modelBuilder.Entity<ProjectKickoff>(b =>
        {
            b.ToTable("project_kickoffs");
            b.HasKey(k => k.ProjectId);
            b.Property(k => k.ProjectId).ValueGeneratedNever();
        });
        modelBuilder.Entity<ClientContact>(b =>
        {
            b.ToTable("client_contacts");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Name).HasMaxLength(ClientContact.MaxNameLength);
            b.Property(c => c.Email).HasMaxLength(ClientContact.MaxEmailLength);
            b.Property(c => c.RoleAtClient).HasMaxLength(ClientContact.MaxRoleLength);
            b.Property(c => c.AddedBy).HasMaxLength(200);
            b.HasIndex(c => new { c.ProjectId, c.Email }).IsUnique().HasDatabaseName(ContactEmailIndexName);
        });
        modelBuilder.Entity<ClientMessage>(b =>
        {
            b.ToTable("client_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Id).ValueGeneratedNever();
            b.Property(m => m.Direction).HasConversion<string>().HasMaxLength(20);
            b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
            b.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
            b.Property(m => m.AuthorRole).HasConversion<string>().HasMaxLength(40);
            b.Property(m => m.Subject).HasMaxLength(ClientMessage.MaxSubjectLength);
            b.Property(m => m.DraftedBy).HasMaxLength(200);
            b.Property(m => m.SentBy).HasMaxLength(200);
            b.Property(m => m.SentByName).HasMaxLength(Spoc.MaxPersonLength);
            b.Property(m => m.ReplyToken).HasMaxLength(40);
            b.Property(m => m.FromName).HasMaxLength(200);
            b.Property(m => m.FromEmail).HasMaxLength(320);
            b.Property(m => m.ExternalId).HasMaxLength(300);
            b.Property(m => m.ContentHash).HasMaxLength(64);
            b.Property(m => m.Version).IsRowVersion();
            b.HasIndex(m => new { m.ProjectId, m.CreatedAt, m.Id });
            b.HasIndex(m => m.ReplyToken);
            b.HasIndex(m => new { m.OrgId, m.ExternalId }).IsUnique().HasDatabaseName(ExternalIdIndexName).HasFilter("external_id IS NOT NULL");
            b.HasIndex(m => new { m.ChangeOrderId, m.ChangeOrderVersion }).IsUnique().HasDatabaseName(ChangeOrderIndexName)
                .HasFilter("kind = 'ChangeOrder'");
            b.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId);
            b.HasMany(m => m.Briefings).WithOne().HasForeignKey(x => x.MessageId);
            b.HasMany(m => m.Deliveries).WithOne().HasForeignKey(d => d.MessageId);
            b.Navigation(m => m.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Navigation(m => m.Briefings).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Navigation(m => m.Deliveries).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<MessageAttachment>(b =>
        {
            b.ToTable("message_attachments");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.FileName).HasMaxLength(MessageAttachment.MaxFileNameLength);
            b.Property(a => a.ContentType).HasMaxLength(MessageAttachment.MaxContentTypeLength);
        });
        modelBuilder.Entity<Briefing>(b =>
        {
            b.ToTable("briefings");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            b.Property(x => x.BriefedRole).HasConversion<string>().HasMaxLength(40);
            b.Property(x => x.BriefedBy).HasMaxLength(200);
            b.Property(x => x.Summary).HasMaxLength(Briefing.MaxSummaryLength);
        });
        modelBuilder.Entity<Delivery>(b =>
        {
            b.ToTable("deliveries");
            b.HasKey(d => d.Id);
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(d => d.RecipientName).HasMaxLength(200);
            b.Property(d => d.RecipientEmail).HasMaxLength(320);
            b.Property(d => d.LastError).HasMaxLength(Delivery.MaxErrorLength);
            b.Property(d => d.Version).IsRowVersion();
            b.Ignore(d => d.MessageIdHeader);
            b.HasIndex(d => new { d.Status, d.NextAttemptAt });
        });
        modelBuilder.Entity<PlanItem>(b =>
        {
            b.ToTable("plan_items");
            b.HasKey(i => i.ItemId);
            b.Property(i => i.ItemId).ValueGeneratedNever();
            b.Property(i => i.Kind).HasMaxLength(60);
            b.Property(i => i.OwnerRole).HasMaxLength(60);
            b.Property(i => i.Title).HasMaxLength(300);
            b.Property(i => i.Status).HasMaxLength(60);
            b.HasIndex(i => i.ProjectId);
        });
    }
}

public sealed class ClientCommsDbContextDesignTimeFactory : DesignTimeDbContextFactory<ClientCommsDbContext>;
