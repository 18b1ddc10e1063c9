using Crewline.Contracts.Events;
using MassTransit;

namespace Crewline.BuildingBlocks.Tenancy;

/// <summary>Sets the consumer scope's <see cref="TenantContext"/> from the consumed event's org.</summary>
public sealed class TenantConsumeFilter<T>(TenantContext tenant) : IFilter<ConsumeContext<T>> where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (context.Message is IOrgEvent orgEvent) tenant.Set(orgEvent.OrgId);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("tenant");
}
