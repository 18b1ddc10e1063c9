using Crewline.BuildingBlocks.Messaging;

namespace Crewline.BuildingBlocks.Tests;

public sealed class OrgLanesTests
{
    private const string Ordered = "svc-projections";

    [Fact]
    public void An_org_always_takes_the_same_gate_of_an_ordered_endpoint()
    {
        var lanes = new OrgLanes([new OrgOrderedEndpoint(Ordered, 8)]);
        var org = Guid.NewGuid();
        var gate = lanes.GateOf(Ordered, org);
        Assert.NotNull(gate);
        Assert.Same(gate, lanes.GateOf(Ordered, org));
        Assert.Equal(1, gate.CurrentCount);
    }

    [Fact]
    public void Orgs_spread_over_every_lane()
    {
        var lanes = new OrgLanes([new OrgOrderedEndpoint(Ordered, 4)]);
        var gates = Enumerable.Range(0, 400).Select(_ => lanes.GateOf(Ordered, Guid.NewGuid())!).Distinct().Count();
        Assert.Equal(4, gates);
    }

    [Fact]
    public void Other_endpoints_are_not_gated()
    {
        var lanes = new OrgLanes([new OrgOrderedEndpoint(Ordered, 4)]);
        Assert.Null(lanes.GateOf("svc-membership-replica", Guid.NewGuid()));
        Assert.Null(new OrgLanes([]).GateOf(Ordered, Guid.NewGuid()));
    }

    [Fact]
    public void An_endpoint_without_lanes_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrgLanes([new OrgOrderedEndpoint(Ordered, 0)]));
    }

    [Theory]
    [InlineData("rabbitmq://127.0.0.1:5672/svc-projections")]
    [InlineData("rabbitmq://127.0.0.1:5672/test-vhost-1/svc-projections")]
    [InlineData("rabbitmq://127.0.0.1:5672/test-vhost-1/svc-projections?temporary=false")]
    public void The_queue_is_named_by_the_input_address_last_segment_whatever_the_virtual_host(string address)
    {
        Assert.Equal(Ordered, OrgOrderConsumeFilter<object>.QueueOf(new Uri(address)));
    }
}
