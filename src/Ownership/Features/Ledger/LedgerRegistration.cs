namespace Crewline.Ownership.Features.Ledger;

/// <summary>The ledger area's registrations (one line in OwnershipFeatures).</summary>
public static class LedgerRegistration
{
    public static IServiceCollection AddLedgerFeatures(this IServiceCollection services)
    {
        services.AddScoped<LedgerStore>();
        services.AddScoped<LedgerHandlers>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(OverdueScanOptions.SectionName).Get<OverdueScanOptions>() ?? new OverdueScanOptions());
        services.AddHostedService<OverdueInvoiceScanner>();
        return services;
    }
}
