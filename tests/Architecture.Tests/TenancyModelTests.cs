using System.Linq.Expressions;
using Crewline.BuildingBlocks.Inbox;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crewline.Architecture.Tests;

/// <summary>
/// Read from each service's EF model (built without a database connection): every entity holding
/// org data carries the org id (<see cref="IOrgOwned"/>) and falls under the tenancy query filter.
/// </summary>
public sealed class TenancyModelTests
{
    /// <summary>The few tables that are cross-org by design: the messaging plumbing (its rows carry an org only as data, if at all).</summary>
    private static readonly HashSet<Type> CrossOrgByDesign = [typeof(OutboxMessage), typeof(InboxMessage)];

    public static TheoryData<string> ServicesWithADatabase => ["Ownership", "ScopeChanges", "ClientComms", "Reporting"];

    [Theory]
    [MemberData(nameof(ServicesWithADatabase))]
    public void Every_entity_is_org_owned_or_cross_org_by_design(string name)
    {
        foreach (var model in Models(name))
        {
            var unowned = model.GetEntityTypes()
                .Where(e => !e.IsOwned() && !typeof(IOrgOwned).IsAssignableFrom(e.ClrType) && !CrossOrgByDesign.Contains(e.ClrType))
                .Select(e => e.DisplayName()).ToList();
            Assert.True(unowned.Count == 0, $"{name}: entities without an org id (make them IOrgOwned, or list them as cross-org by design): {string.Join(", ", unowned)}");
        }
    }

    [Theory]
    [MemberData(nameof(ServicesWithADatabase))]
    public void Every_org_owned_entity_maps_its_org_id_and_its_root_has_the_tenancy_filter(string name)
    {
        foreach (var model in Models(name))
        {
            var orgOwned = model.GetEntityTypes().Where(e => typeof(IOrgOwned).IsAssignableFrom(e.ClrType)).ToList();
            Assert.NotEmpty(orgOwned);
            foreach (var entity in orgOwned)
            {
                Assert.True(entity.FindProperty(nameof(IOrgOwned.OrgId)) is not null, $"{name}: {entity.DisplayName()} does not map its OrgId.");
                var root = entity.GetRootType();
                Assert.True(root.GetDeclaredQueryFilters().Any(f => FiltersByOrg(f.Expression)),
                    $"{name}: {entity.DisplayName()} has no query filter on OrgId = the current org.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ServicesWithADatabase))]
    public void Owned_parts_belong_to_an_org_owned_entity(string name)
    {
        foreach (var model in Models(name))
        {
            foreach (var owned in model.GetEntityTypes().Where(e => e.IsOwned()))
            {
                var owner = owned;
                while (owner.IsOwned()) owner = owner.FindOwnership()!.PrincipalEntityType;
                Assert.True(typeof(IOrgOwned).IsAssignableFrom(owner.ClrType),
                    $"{name}: {owned.DisplayName()} is owned by {owner.DisplayName()}, which is not org-owned.");
            }
        }
    }

    /// <summary>The service's DbContext models, each built by its design-time factory (no connection is opened).</summary>
    private static List<IModel> Models(string name)
    {
        var service = Service.Named(name);
        var contexts = service.DbContexts.ToList();
        Assert.NotEmpty(contexts);
        return contexts.Select(context =>
        {
            var factoryType = service.Assembly.GetTypes().SingleOrDefault(t =>
                !t.IsAbstract && typeof(IDesignTimeDbContextFactory<>).MakeGenericType(context).IsAssignableFrom(t));
            Assert.True(factoryType is not null, $"{context.Name} has no design-time factory (DesignTimeDbContextFactory<{context.Name}>).");
            var factory = Activator.CreateInstance(factoryType)!;
            using var db = (DbContext)factoryType.GetMethod("CreateDbContext")!.Invoke(factory, [Array.Empty<string>()])!;
            return db.Model;
        }).ToList();
    }

    /// <summary>Whether the filter compares the row's <c>OrgId</c> with the context's current org.</summary>
    private static bool FiltersByOrg(LambdaExpression? filter)
    {
        if (filter is null) return false;
        var finder = new MemberFinder();
        finder.Visit(filter.Body);
        return finder.Found(nameof(IOrgOwned.OrgId), filter.Parameters[0]) && finder.Names.Contains(nameof(ServiceDbContext.CurrentOrgId));
    }

    private sealed class MemberFinder : ExpressionVisitor
    {
        private readonly List<MemberExpression> _members = [];

        public IEnumerable<string> Names => _members.Select(m => m.Member.Name);

        public bool Found(string member, ParameterExpression on) => _members.Any(m => m.Member.Name == member && m.Expression == on);

        protected override Expression VisitMember(MemberExpression node)
        {
            _members.Add(node);
            return base.VisitMember(node);
        }
    }
}
