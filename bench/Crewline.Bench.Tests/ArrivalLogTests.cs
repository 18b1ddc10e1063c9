using Crewline.Bench.Mail;

namespace Crewline.Bench.Tests;

public sealed class ArrivalLogTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public void Arrivals_are_counted_and_timed_per_key_ignoring_case()
    {
        var log = new ArrivalLog();
        log.Record("jo@client.example", TimeSpan.FromMilliseconds(10));
        log.Record("JO@client.example", TimeSpan.FromMilliseconds(25));
        log.Record("sam@client.example", TimeSpan.FromMilliseconds(30));

        Assert.Equal(2, log.CountOf("jo@client.example"));
        Assert.Equal(TimeSpan.FromMilliseconds(10), log.ArrivalOf("jo@client.example"));
        Assert.Equal(TimeSpan.FromMilliseconds(25), log.ArrivalOf("jo@client.example", 2));
        Assert.Null(log.ArrivalOf("jo@client.example", 3));
        Assert.Equal(0, log.CountOf("nobody@client.example"));
    }

    [Fact]
    public async Task A_wait_for_an_arrival_already_recorded_completes_at_once_with_its_time()
    {
        var log = new ArrivalLog();
        log.Record("subject 1", TimeSpan.FromMilliseconds(7));
        Assert.Equal(TimeSpan.FromMilliseconds(7), await log.WaitForAsync("subject 1", 1, Long, CancellationToken.None));
    }

    [Fact]
    public async Task A_wait_for_the_nth_arrival_completes_only_with_the_nth()
    {
        var log = new ArrivalLog();
        log.Record("jo@client.example", TimeSpan.FromMilliseconds(1));
        var second = log.WaitForAsync("jo@client.example", 2, Long, CancellationToken.None);
        Assert.False(second.IsCompleted);

        log.Record("sam@client.example", TimeSpan.FromMilliseconds(2));
        Assert.False(second.IsCompleted);
        log.Record("jo@client.example", TimeSpan.FromMilliseconds(3));

        Assert.Equal(TimeSpan.FromMilliseconds(3), await second);
    }

    [Fact]
    public async Task A_wait_that_is_never_satisfied_times_out()
    {
        var log = new ArrivalLog();
        await Assert.ThrowsAsync<TimeoutException>(() => log.WaitForAsync("never", 1, TimeSpan.FromMilliseconds(1), CancellationToken.None));
    }
}

public sealed class MailSinkSubjectTests
{
    [Theory]
    [InlineData("Bench update ab12 7 [ref:abcdefghijklmnopqrst]", "Bench update ab12 7")]
    [InlineData("Bench update ab12 7", "Bench update ab12 7")]
    [InlineData("[ref:x] in front stays", "[ref:x] in front stays")]
    public void The_subject_key_drops_the_reply_token_ClientComms_appends(string subject, string key) =>
        Assert.Equal(key, MailSink.SubjectKey(subject));
}
