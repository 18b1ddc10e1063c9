using Crewline.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests;

/// <summary>
/// Test hosts on one RabbitMQ node do not share queues: each has a virtual host of its own, and the
/// service's messaging setup connects to the virtual host named in its <c>messaging</c> connection string.
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class TestIsolationTests(OwnershipFixture fixture)
{
    private const string SpocNamedQueue = "ownership-spoc-named";

    [Fact]
    public async Task Each_service_host_binds_its_queues_in_its_own_virtual_host_and_none_in_the_default_one()
    {
        var other = fixture.CreateFactory();

        Assert.NotEqual(fixture.Service.Broker, other.Broker);
        foreach (var host in new[] { fixture.Service, other })
        {
            var virtualHost = host.Broker.AbsolutePath.Trim('/');
            Assert.NotEmpty(virtualHost);
            Assert.StartsWith($"/{virtualHost}/", host.Services.GetRequiredService<IBus>().Address.AbsolutePath);
            Assert.True(await RabbitMqProbe.QueueExistsAsync(host.Broker, SpocNamedQueue));
        }
        Assert.False(await RabbitMqProbe.QueueExistsAsync(fixture.RabbitMq.UriOf(""), SpocNamedQueue));
    }
}
