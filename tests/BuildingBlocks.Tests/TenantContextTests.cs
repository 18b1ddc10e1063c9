using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.BuildingBlocks.Tests;

public sealed class TenantContextTests
{
    [Fact]
    public void An_unset_context_has_no_org_and_RequiredOrgId_refuses()
    {
        var tenant = new TenantContext();
        Assert.Null(tenant.OrgId);
        Assert.Throws<InvalidOperationException>(() => tenant.RequiredOrgId);
    }

    [Fact]
    public void The_org_once_set_is_kept_and_setting_it_again_to_the_same_org_is_allowed()
    {
        var org = Guid.NewGuid();
        var tenant = new TenantContext();
        tenant.Set(org);
        tenant.Set(org);
        Assert.Equal(org, tenant.OrgId);
        Assert.Equal(org, tenant.RequiredOrgId);
    }

    [Fact]
    public void A_unit_of_work_cannot_switch_to_another_org()
    {
        var org = Guid.NewGuid();
        var tenant = new TenantContext();
        tenant.Set(org);
        Assert.Throws<InvalidOperationException>(() => tenant.Set(Guid.NewGuid()));
        Assert.Equal(org, tenant.OrgId);
    }

    [Fact]
    public void The_empty_org_id_is_refused()
    {
        var tenant = new TenantContext();
        Assert.Throws<ArgumentException>(() => tenant.Set(Guid.Empty));
        Assert.Null(tenant.OrgId);
    }
}
