using Crewline.Contracts.Events;
using MassTransit;

namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// On an <see cref="OrgOrderedEndpoint"/>, lets one event of an org through at a time (its lane's
/// gate, <see cref="OrgLanes"/>): the next event of that org starts only once the previous one's
/// transaction has committed or failed, while other orgs' events run on the other lanes. It sits
/// outside the in-place retries, so a retried event keeps its org's lane until it succeeds or goes to
/// redelivery. Messages of other endpoints, and messages that are not org events, pass straight through.
/// </summary>
public sealed class OrgOrderConsumeFilter<T>(OrgLanes lanes) : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var gate = context.Message is IOrgEvent e ? lanes.GateOf(QueueOf(context.ReceiveContext.InputAddress), e.OrgId) : null;
        if (gate is null)
        {
            await next.Send(context);
            return;
        }
        await gate.WaitAsync(context.CancellationToken);
        try
        {
            await next.Send(context);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The queue's name: the input address's last segment (before it may come the virtual host).</summary>
    public static string QueueOf(Uri inputAddress) => inputAddress.AbsolutePath.TrimEnd('/').Split('/')[^1];

    public void Probe(ProbeContext context) => context.CreateFilterScope("org-order");
}
