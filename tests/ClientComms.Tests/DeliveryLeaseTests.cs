using Crewline.ClientComms.Domain.Messages;

namespace Crewline.ClientComms.Tests;

/// <summary>The delivery lease that keeps one copy to one attempt at a time, and its outcome recorded only by the attempt that holds it.</summary>
public sealed class DeliveryLeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static Delivery NewDelivery() =>
        Delivery.Queue(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new Recipient(Guid.NewGuid(), "Jo", "jo@client.example"), Now);

    [Fact]
    public void A_claimed_copy_cannot_be_claimed_again_while_its_lease_runs_and_can_after_it_ends()
    {
        var delivery = NewDelivery();

        var first = delivery.Claim(Now, Lease);
        var during = delivery.Claim(Now + Lease - TimeSpan.FromSeconds(1), Lease);
        var after = delivery.Claim(Now + Lease + TimeSpan.FromSeconds(1), Lease);

        Assert.NotNull(first);
        Assert.Null(during);
        Assert.NotNull(after);
        Assert.NotEqual(first, after);
        Assert.Equal(2, delivery.Attempts);
    }

    [Fact]
    public void A_late_success_under_a_lease_that_was_taken_over_records_nothing_and_the_copy_is_delivered_once()
    {
        var delivery = NewDelivery();
        var stale = delivery.Claim(Now, Lease)!.Value;
        var current = delivery.Claim(Now + Lease + TimeSpan.FromSeconds(1), Lease)!.Value;

        Assert.True(delivery.MarkDelivered(current, Now + Lease + TimeSpan.FromSeconds(2)));
        Assert.False(delivery.MarkDelivered(stale, Now + Lease + TimeSpan.FromSeconds(3)));
        Assert.False(delivery.MarkAttemptFailed(stale, "late", false, Now + Lease, 10, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)));

        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Null(delivery.Claim(Now + TimeSpan.FromHours(1), Lease));
        Assert.EndsWith("@crewline", delivery.MessageIdHeader); // one Message-ID for every attempt of the copy
    }

    [Fact]
    public void Failed_attempts_back_off_then_fail_the_copy_and_a_retry_queues_it_with_fresh_attempts()
    {
        var delivery = NewDelivery();
        var at = Now;
        for (var i = 1; i <= 3; i++)
        {
            var lease = delivery.Claim(at, Lease)!.Value;
            var failed = delivery.MarkAttemptFailed(lease, "connection refused", false, at, 3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
            Assert.Equal(i == 3, failed);
            if (i < 3) Assert.Equal(at + TimeSpan.FromSeconds(Math.Min(3, 1 << (i - 1))), delivery.NextAttemptAt);
            at = delivery.NextAttemptAt;
        }
        Assert.Equal((DeliveryStatus.Failed, "connection refused"), (delivery.Status, delivery.LastError));

        delivery.Retry(at);

        Assert.Equal((DeliveryStatus.Pending, 0), (delivery.Status, delivery.Attempts));
        Assert.NotNull(delivery.Claim(at, Lease));
    }

    [Fact]
    public void A_permanent_refusal_fails_the_copy_at_once()
    {
        var delivery = NewDelivery();
        var lease = delivery.Claim(Now, Lease)!.Value;

        Assert.True(delivery.MarkAttemptFailed(lease, "550 no such mailbox", true, Now, 10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)));
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
    }
}
