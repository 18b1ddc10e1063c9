using Crewline.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Tests;

public class LoggingDefaultsTests
{
    [Fact]
    public void Grpc_call_handler_logs_only_warnings_so_a_refused_call_is_not_logged_twice()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Auth:SigningKey"] = new string('k', 64);
        builder.AddServiceDefaults();
        using var app = builder.Build();
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        var grpc = loggers.CreateLogger(ServiceDefaultsExtensions.GrpcCallHandlerCategory);
        Assert.False(grpc.IsEnabled(LogLevel.Information));
        Assert.True(grpc.IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("Crewline.Anything").IsEnabled(LogLevel.Information));
    }
}
