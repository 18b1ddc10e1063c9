using Crewline.BuildingBlocks.Inbox;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Crewline.BuildingBlocks.Messaging;

public static class MessagingSetup
{
    /// <summary>
    /// MassTransit on RabbitMQ from the <c>messaging</c> connection string: durable queues named
    /// after the service, publisher confirms, in-place retries then delayed redelivery, faults to
    /// <c>_error</c> queues, the tenant and inbox filters on every consumer (and per-org lanes on the
    /// endpoints registered as <see cref="OrgOrderedEndpoint"/>), the outbox dispatcher, the
    /// retention cleaner of outbox, inbox and idempotency rows, and their metrics. MassTransit's usage telemetry is off.
    /// </summary>
    public static IHostApplicationBuilder AddCrewlineMessaging(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Messaging)
            ?? throw new InvalidOperationException($"Connection string '{ResourceNames.Messaging}' is not configured.");
        var broker = new Uri(connectionString);
        var retry = builder.Configuration.GetSection(RetryOptions.SectionName).Get<RetryOptions>() ?? new RetryOptions();
        var redelivery = builder.Configuration.GetSection(RedeliveryOptions.SectionName).Get<RedeliveryOptions>() ?? new RedeliveryOptions();
        builder.Services.AddSingleton(redelivery);
        var retention = builder.Configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        retention.Validate(redelivery);
        builder.Services.AddSingleton(retention);

        builder.Services.AddMassTransit(bus =>
        {
            // Nothing leaves the machine but calls to the broker: no usage reports to MassTransit's vendor.
            bus.DisableUsageTelemetry();
            // A service whose broker is away still answers reads and takes writes (its outbox keeps the
            // events), so the bus check says Degraded, not Unhealthy: /health names it, Aspire waits
            // for Healthy before it starts what depends on the service, and a bus that is still
            // connecting at startup is not logged as an error.
            bus.ConfigureHealthCheckOptions(health => health.MinimalFailureStatus = HealthStatus.Degraded);
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(broker, host =>
                {
                    var (user, password) = Credentials(broker);
                    host.Username(user);
                    host.Password(password);
                    host.PublisherConfirmation = true;
                    host.Heartbeat(TimeSpan.FromSeconds(10));
                });
                cfg.Durable = true;
                // Outermost first: redelivery, then an org-ordered endpoint's lanes, then in-place retries, then tenant and inbox.
                cfg.UseConsumeFilter(typeof(RedeliveryConsumeFilter<>), context);
                cfg.UseConsumeFilter(typeof(OrgOrderConsumeFilter<>), context);
                cfg.UseMessageRetry(r =>
                {
                    r.Exponential(retry.Attempts, retry.MinInterval, retry.MaxInterval, retry.IntervalDelta);
                    // Something not known yet does not appear within milliseconds: straight to redelivery.
                    r.Ignore<NotKnownYetException>();
                });
                cfg.UseConsumeFilter(typeof(TenantConsumeFilter<>), context);
                cfg.UseConsumeFilter(typeof(InboxConsumeFilter<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });

        builder.Services.TryAddSingleton<TimeProvider>(Time.DatabasePrecisionTimeProvider.Instance);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(OutboxOptions.SectionName).Get<OutboxOptions>() ?? new OutboxOptions());
        builder.Services.AddSingleton<MessagingMetrics>();
        builder.Services.AddSingleton<OrgLanes>();
        builder.Services.AddScoped<EventOutbox>();
        builder.Services.AddHostedService<OutboxDispatcher>();
        builder.Services.AddHostedService<MessagingRetention>();
        return builder;
    }

    private static (string User, string Password) Credentials(Uri broker)
    {
        var parts = broker.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
