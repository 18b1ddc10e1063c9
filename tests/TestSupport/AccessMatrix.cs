using Grpc.Core;
using Xunit;

namespace Crewline.TestSupport;

/// <summary>
/// Table-driven access tests: each RPC with its documented answer for every <see cref="AccessCaller"/>
/// (in the enum's order), expanded to one theory row per (RPC, caller).
/// </summary>
public static class AccessMatrix
{
    public static readonly AccessCaller[] Callers = Enum.GetValues<AccessCaller>();

    /// <summary>One row per (rpc, caller); <paramref name="table"/> gives each rpc's answers in <see cref="Callers"/> order.</summary>
    public static TheoryData<string, AccessCaller, StatusCode> Rows(params (string Rpc, StatusCode[] Answers)[] table)
    {
        var rows = new TheoryData<string, AccessCaller, StatusCode>();
        foreach (var (rpc, answers) in table)
        {
            if (answers.Length != Callers.Length)
                throw new ArgumentException($"{rpc}: {answers.Length} answers for {Callers.Length} callers.");
            for (var i = 0; i < Callers.Length; i++) rows.Add(rpc, Callers[i], answers[i]);
        }
        return rows;
    }

    /// <summary>The call answers <paramref name="expected"/>: succeeds for OK, else fails with exactly that status.</summary>
    public static async Task Answers(StatusCode expected, Func<Task> call)
    {
        if (expected == StatusCode.OK)
        {
            var error = await Record.ExceptionAsync(call);
            Assert.True(error is null, $"expected OK, got {(error as RpcException)?.StatusCode.ToString() ?? error?.GetType().Name}: {error?.Message}");
            return;
        }
        await RpcAssert.FailsWith(expected, call);
    }
}
